package dev.cgoguard.lsp;

import dev.cgoguard.finding.FileEdit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Turns the file edits of a fix into a workspace edit: {@code documentChanges} with the document
 * versions the analysis saw when the client supports them (so a stale fix is refused), else {@code changes}.
 */
final class WorkspaceEditBuilder {
    private final Supplier<ClientCapabilitiesView> capabilities;

    WorkspaceEditBuilder(Supplier<ClientCapabilitiesView> capabilities) {
        this.capabilities = capabilities;
    }

    WorkspaceEdit build(PublishedFinding origin, List<FileEdit> fileEdits) {
        Map<String, List<TextEdit>> byPath = new LinkedHashMap<>();
        for (FileEdit edit : fileEdits) {
            byPath.computeIfAbsent(edit.path(), p -> new ArrayList<>())
                    .add(new TextEdit(DiagnosticConverter.toRange(edit.range()), edit.newText()));
        }
        if (capabilities.get().documentChanges()) {
            List<Either<TextDocumentEdit, org.eclipse.lsp4j.ResourceOperation>> changes = new ArrayList<>();
            byPath.forEach((path, edits) -> {
                VersionedTextDocumentIdentifier document = new VersionedTextDocumentIdentifier(
                        origin.root().uriOf(path), origin.openVersions().get(path));
                List<Either<TextEdit, SnippetTextEdit>> items = edits.stream()
                        .map(e -> Either.<TextEdit, SnippetTextEdit>forLeft(e)).toList();
                changes.add(Either.forLeft(new TextDocumentEdit(document, items)));
            });
            return new WorkspaceEdit(changes);
        }
        Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
        byPath.forEach((path, edits) -> changes.put(origin.root().uriOf(path), edits));
        return new WorkspaceEdit(changes);
    }
}
