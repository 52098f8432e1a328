package dev.cgoguard.lsp;

import dev.cgoguard.engine.FixPolicy;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Offers the fixes the engine's {@link FixPolicy} chooses as code actions: for the requested range,
 * the fixes of the diagnostics the client names first, then those of the other findings there, each
 * finding's preferred fix first and the actions that ignore a finding ({@code cgoguard:ignore}) last,
 * as {@code quickfix}; and the preferred fixes of the whole file that apply together as
 * {@code source.fixAll.cgoguard}, as {@code --fix} applies them in one round.
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
        Map<Finding, PublishedFinding> published = new IdentityHashMap<>();
        findings.forEach(f -> published.put(f.finding(), f));
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        if (wants(only, CodeActionKind.QuickFix)) {
            List<Finding> asked = findings.stream().filter(f -> named(f, params)).map(PublishedFinding::finding).toList();
            List<Finding> here = findings.stream().filter(f -> under(f, params)).map(PublishedFinding::finding).toList();
            for (FixPolicy.Offer offer : FixPolicy.offers(asked, here, f -> analysedFile.apply(published.get(f)))) {
                actions.add(Either.forRight(quickFix(published.get(offer.finding()), offer.fix())));
            }
        }
        if (wants(only, FIX_ALL_KIND)) {
            fixAll(findings, published).ifPresent(action -> actions.add(Either.forRight(action)));
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

    private Optional<CodeAction> fixAll(List<PublishedFinding> findings, Map<Finding, PublishedFinding> published) {
        FixPolicy.Selection selection = FixPolicy.applicable(findings.stream().map(PublishedFinding::finding).toList());
        if (selection.isEmpty()) {
            return Optional.empty();
        }
        CodeAction action = new CodeAction("Fix all cgoguard findings in this file");
        action.setKind(FIX_ALL_KIND);
        action.setDiagnostics(selection.fixes().stream().map(offer -> published.get(offer.finding()).diagnostic()).toList());
        action.setEdit(edits.build(published.get(selection.fixes().get(0).finding()), selection.edits()));
        return Optional.of(action);
    }

    /** The client named the finding's diagnostic in the request's context. */
    private static boolean named(PublishedFinding finding, CodeActionParams params) {
        Diagnostic diagnostic = finding.diagnostic();
        if (params.getContext() == null || params.getContext().getDiagnostics() == null) {
            return false;
        }
        for (Diagnostic named : params.getContext().getDiagnostics()) {
            if (named.getRange().equals(diagnostic.getRange()) && named.getCode() != null
                    && named.getCode().equals(diagnostic.getCode())) {
                return true;
            }
        }
        return false;
    }

    /** The finding lies under the requested range. */
    private static boolean under(PublishedFinding finding, CodeActionParams params) {
        return params.getRange() != null && overlaps(params.getRange(), finding.diagnostic().getRange());
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
