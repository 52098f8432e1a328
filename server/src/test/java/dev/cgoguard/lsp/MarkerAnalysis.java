package dev.cgoguard.lsp;

import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.engine.AnalysisResult;
import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * A stand-in analysis driven by markers in the file text, so that protocol tests control findings:
 * <ul>
 * <li>{@code STATIC} in a Makefile, when some Go file of the workspace contains {@code os/user}:
 * {@code static-glibc-nss} (error) on the word, related to that Go file's first line, with a
 * preferred fix replacing it by {@code DYNAMIC} and a second fix deleting it;</li>
 * <li>{@code NETGO} anywhere: {@code redundant-netgo} (hint) with a preferred fix deleting it;</li>
 * <li>{@code EXPLODE} anywhere: the analysis throws;</li>
 * <li>{@code EXHAUST} anywhere: the analysis runs out of memory ({@link OutOfMemoryError}).</li>
 * </ul>
 * Rule severities from the options apply as in the core ({@code off} drops the rule).
 */
final class MarkerAnalysis implements BiFunction<Workspace, AnalysisOptions, AnalysisResult> {
    static final String NSS_SUMMARY = "Static glibc link with NSS lookups";
    final AtomicInteger runs = new AtomicInteger();
    volatile AnalysisOptions lastOptions;

    @Override
    public AnalysisResult apply(Workspace workspace, AnalysisOptions options) {
        runs.incrementAndGet();
        lastOptions = options;
        Optional<WorkspaceFile> userGo = workspace.files().values().stream()
                .filter(f -> f.path().endsWith(".go") && f.content().contains("os/user")).findFirst();
        List<Finding> findings = new ArrayList<>();
        for (WorkspaceFile file : workspace.files().values()) {
            for (int line = 0; line < file.text().lineCount(); line++) {
                String text = file.text().line(line);
                if (text.contains("EXHAUST")) {
                    throw new OutOfMemoryError("marker analysis ran out of memory on " + file.path());
                }
                if (text.contains("EXPLODE")) {
                    throw new IllegalStateException("marker analysis exploded on " + file.path());
                }
                int at = text.indexOf("STATIC");
                if (at >= 0 && file.path().endsWith("Makefile") && userGo.isPresent()) {
                    TextRange range = TextRange.of(line, at, line, at + 6);
                    SourceLocation importLine = new SourceLocation(userGo.get().path(), TextRange.of(0, 0, 0, 10));
                    findings.add(new Finding("static-glibc-nss", Severity.ERROR, new SourceLocation(file.path(), range),
                            "static link will crash in NSS lookups",
                            List.of(new RelatedLocation(importLine, "os/user imported here")),
                            List.of(new Fix("Link dynamically", true, List.of(new FileEdit(file.path(), range, "DYNAMIC"))),
                                    new Fix("Remove the flag", false, List.of(new FileEdit(file.path(), range, ""))))));
                }
                int netgo = text.indexOf("NETGO");
                if (netgo >= 0) {
                    TextRange range = TextRange.of(line, netgo, line, netgo + 5);
                    findings.add(new Finding("redundant-netgo", Severity.HINT, new SourceLocation(file.path(), range),
                            "netgo is redundant here", List.of(),
                            List.of(new Fix("Remove netgo", true, List.of(new FileEdit(file.path(), range, ""))))));
                }
            }
        }
        List<Finding> enabled = new ArrayList<>();
        for (Finding finding : findings) {
            String level = options.ruleSeverities().get(finding.rule());
            if ("off".equals(level)) {
                continue;
            }
            enabled.add(level == null ? finding : finding.withSeverity(Severity.parse(level).orElseThrow()));
        }
        return new AnalysisResult(List.of(), enabled, workspace.problems(), java.util.Map.of());
    }

    LanguageServerSetup setup() {
        return new LanguageServerSetup(this,
                id -> id.equals("static-glibc-nss") ? Optional.of(NSS_SUMMARY) : Optional.empty(), 30);
    }
}
