package dev.cgoguard.cli;

import dev.cgoguard.engine.AnalysisResult;
import dev.cgoguard.engine.Analyzer;
import dev.cgoguard.engine.Finding;
import dev.cgoguard.engine.Severity;
import dev.cgoguard.workspace.FileProblem;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Report build configurations that crash or fail to start in production.")
final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "Files or directories to lint (default: the current directory).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
    OutputFormat format = OutputFormat.text;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding at or above this level exists: error, warning, info, hint or none (default: warning).")
    String failOn = "warning";

    @Mixin
    AnalysisSettingsOptions settings;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold = null;
        if (!failOn.equalsIgnoreCase("none")) {
            threshold = Severity.parse(failOn).orElse(null);
            if (threshold == null) {
                err.println("cgoguard: --fail-on takes error, warning, info, hint or none, not '" + failOn + "'");
                return ExitCodes.ERROR;
            }
        }
        List<LintTarget> targets;
        try {
            targets = LintTarget.of(paths, Paths.get(""));
        } catch (java.io.IOException e) {
            err.println("cgoguard: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        Analyzer analyzer = new Analyzer();
        List<ReportedFinding> reported = new ArrayList<>();
        for (LintTarget target : targets) {
            Workspace workspace = new WorkspaceScanner().scan(target.workspaceRoot());
            AnalysisResult result = analyzer.analyze(workspace, settings.toOptions());
            for (FileProblem problem : result.problems()) {
                if (target.includes(target.workspaceRoot().resolve(problem.path()))) {
                    err.println("cgoguard: " + target.display(problem.path()) + ": " + problem.message());
                }
            }
            for (Finding finding : result.findings()) {
                if (target.includes(target.workspaceRoot().resolve(finding.location().path()))) {
                    reported.add(new ReportedFinding(target, finding));
                }
            }
        }
        reported.sort(ReportedFinding.ORDER);
        format.reporter().report(reported, out);
        out.flush();
        final Severity failAt = threshold;
        boolean failing = failAt != null && reported.stream().anyMatch(r -> r.finding().severity().atLeast(failAt));
        return failing ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }
}
