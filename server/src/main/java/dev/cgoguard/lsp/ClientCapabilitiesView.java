package dev.cgoguard.lsp;

import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;

/** The answers the server needs from the client's capabilities, with every missing part read as "no". */
final class ClientCapabilitiesView {
    private final ClientCapabilities capabilities;

    ClientCapabilitiesView(ClientCapabilities capabilities) {
        this.capabilities = capabilities == null ? new ClientCapabilities() : capabilities;
    }

    static ClientCapabilitiesView none() {
        return new ClientCapabilitiesView(null);
    }

    /** Workspace edits may use {@code documentChanges} with versioned document identifiers. */
    boolean documentChanges() {
        return workspace().map(WorkspaceClientCapabilities::getWorkspaceEdit)
                .map(edit -> Boolean.TRUE.equals(edit.getDocumentChanges())).orElse(false);
    }

    /** The server may register file watchers with {@code client/registerCapability}. */
    boolean dynamicWatchedFiles() {
        return workspace().map(WorkspaceClientCapabilities::getDidChangeWatchedFiles)
                .map(watch -> Boolean.TRUE.equals(watch.getDynamicRegistration())).orElse(false);
    }

    /** The client answers {@code workspace/configuration} requests. */
    boolean configurationRequests() {
        return workspace().map(w -> Boolean.TRUE.equals(w.getConfiguration())).orElse(false);
    }

    /** The client pulls document diagnostics ({@code textDocument/diagnostic}). */
    boolean pullDiagnostics() {
        return textDocument().map(TextDocumentClientCapabilities::getDiagnostic).isPresent();
    }

    /** The client takes {@code workspace/diagnostic/refresh}. */
    boolean diagnosticRefresh() {
        return workspace().map(WorkspaceClientCapabilities::getDiagnostics)
                .map(diagnostics -> Boolean.TRUE.equals(diagnostics.getRefreshSupport())).orElse(false);
    }

    /** The client takes {@code workspace/inlayHint/refresh}. */
    boolean inlayHintRefresh() {
        return workspace().map(WorkspaceClientCapabilities::getInlayHint)
                .map(hints -> Boolean.TRUE.equals(hints.getRefreshSupport())).orElse(false);
    }

    /** The client shows server-initiated progress ({@code window/workDoneProgress/create}). */
    boolean workDoneProgress() {
        return Optional.ofNullable(capabilities.getWindow())
                .map(window -> Boolean.TRUE.equals(window.getWorkDoneProgress())).orElse(false);
    }

    /** Hover contents may be Markdown. */
    boolean markdownHover() {
        List<String> formats = textDocument().map(TextDocumentClientCapabilities::getHover)
                .map(HoverCapabilities::getContentFormat).orElse(null);
        return formats == null || formats.contains(MarkupKind.MARKDOWN);
    }

    private Optional<WorkspaceClientCapabilities> workspace() {
        return Optional.ofNullable(capabilities.getWorkspace());
    }

    private Optional<TextDocumentClientCapabilities> textDocument() {
        return Optional.ofNullable(capabilities.getTextDocument());
    }
}
