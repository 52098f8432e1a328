package dev.cgoguard.lsp;

import dev.cgoguard.engine.SuppressionFix;
import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Offers the fixes of the findings as code actions: each fix of a finding under the requested range as
 * a {@code quickfix}, then an action that ignores the finding there (a {@code cgoguard:ignore}
 * comment), and the preferred fixes of the whole file as {@code source.fixAll.cgoguard}.
 */
final class CodeActionProvider {
    static final String FIX_ALL_KIND = CodeActionKind.SourceFixAll + ".cgoguard";

    private final WorkspaceEditBuilder edits;

    CodeActionProvider(WorkspaceEditBuilder edits) {
        this.edits = edits;
    }

    /** {@code analysedFile}: the file of a finding's primary location as the analysis read it. */
    List<Either<Command, CodeAction>> codeActions(CodeActionParams params, List<PublishedFinding> findings,
            Function<PublishedFinding, Optional<WorkspaceFile>> analysedFile) {
        List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        if (wants(only, CodeActionKind.QuickFix)) {
            for (PublishedFinding finding : findings) {
                if (applies(finding, params)) {
                    for (Fix fix : finding.finding().fixes()) {
                        actions.add(Either.forRight(quickFix(finding, fix)));
                    }
                    analysedFile.apply(finding).flatMap(file -> SuppressionFix.of(finding.finding(), file))
                            .ifPresent(ignore -> actions.add(Either.forRight(quickFix(finding, ignore))));
                }
            }
        }
        if (wants(only, FIX_ALL_KIND)) {
            fixAll(findings).ifPresent(action -> actions.add(Either.forRight(action)));
        }
        return actions;
    }

    private CodeAction quickFix(PublishedFinding finding, Fix fix) {
        CodeAction action = new CodeAction(fix.title());
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(finding.diagnostic()));
        action.setIsPreferred(fix.preferred());
        action.setEdit(edits.build(finding, fix.edits()));
        return action;
    }

    private java.util.Optional<CodeAction> fixAll(List<PublishedFinding> findings) {
        Set<FileEdit> chosen = new LinkedHashSet<>();
        List<Diagnostic> fixed = new ArrayList<>();
        PublishedFinding first = null;
        for (PublishedFinding finding : findings) {
            for (Fix fix : finding.finding().fixes()) {
                if (fix.preferred()) {
                    chosen.addAll(fix.edits());
                    fixed.add(finding.diagnostic());
                    first = first == null ? finding : first;
                    break;
                }
            }
        }
        if (first == null) {
            return java.util.Optional.empty();
        }
        CodeAction action = new CodeAction("Fix all cgoguard findings in this file");
        action.setKind(FIX_ALL_KIND);
        action.setDiagnostics(fixed);
        action.setEdit(edits.build(first, withoutOverlaps(chosen)));
        return java.util.Optional.of(action);
    }

    /** Per file, in order, leaves out every edit that overlaps one already kept (LSP forbids overlaps). */
    static List<FileEdit> withoutOverlaps(Set<FileEdit> candidates) {
        Map<String, List<FileEdit>> byPath = new LinkedHashMap<>();
        candidates.stream()
                .sorted(Comparator.comparing(FileEdit::path).thenComparing(e -> e.range().start())
                        .thenComparing(e -> e.range().end()))
                .forEach(edit -> {
                    List<FileEdit> kept = byPath.computeIfAbsent(edit.path(), p -> new ArrayList<>());
                    FileEdit last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
                    if (last == null || last.range().end().compareTo(edit.range().start()) <= 0) {
                        kept.add(edit);
                    }
                });
        return byPath.values().stream().flatMap(List::stream).toList();
    }

    /** The finding lies under the requested range, or the client named its diagnostic. */
    private static boolean applies(PublishedFinding finding, CodeActionParams params) {
        Diagnostic diagnostic = finding.diagnostic();
        if (params.getContext() != null && params.getContext().getDiagnostics() != null) {
            for (Diagnostic named : params.getContext().getDiagnostics()) {
                if (named.getRange().equals(diagnostic.getRange()) && named.getCode() != null
                        && named.getCode().equals(diagnostic.getCode())) {
                    return true;
                }
            }
        }
        return params.getRange() != null && overlaps(params.getRange(), diagnostic.getRange());
    }

    static boolean overlaps(Range a, Range b) {
        return compare(a.getStart(), b.getEnd()) <= 0 && compare(b.getStart(), a.getEnd()) <= 0;
    }

    static int compare(org.eclipse.lsp4j.Position a, org.eclipse.lsp4j.Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
                : Integer.compare(a.getCharacter(), b.getCharacter());
    }

    private static boolean wants(List<String> only, String kind) {
        if (only == null || only.isEmpty()) {
            return true;
        }
        return only.stream().anyMatch(requested -> kind.equals(requested) || kind.startsWith(requested + "."));
    }
}
