package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DiagnosticWorkspaceCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client that pulls diagnostics gets those of its open documents by pulling, the others pushed, never both. */
class PullDiagnosticsProtocolTest {
    @TempDir
    Path root;

    @Test
    void openDocumentsArePulledAndTheClientIsAskedToPullAgainAfterACrossFileChange() throws Exception {
        Path mainGo = root.resolve("main.go");
        Files.writeString(mainGo, "package main\n\nimport \"os/user\"\n");
        Path makefile = root.resolve("Makefile");
        Files.writeString(makefile, "b:\n\tgo build STATIC NETGO\n");
        Path dockerfile = root.resolve("Dockerfile");
        Files.writeString(dockerfile, "FROM scratch\nRUN NETGO\n");
        try (LspTestSession session = new LspTestSession(new MarkerAnalysis().setup())) {
            InitializeResult result = session.initialize(List.of(root), null, pullingClient());
            assertTrue(result.getCapabilities().getDiagnosticProvider().isInterFileDependencies());
            String makefileUri = LspTestSession.uri(makefile);
            String dockerfileUri = LspTestSession.uri(dockerfile);
            Poll.until("pushed diagnostics before anything is open",
                    () -> session.client.diagnosticsOf(makefileUri).size() == 2);

            session.open(makefile, 1, Files.readString(makefile));
            Poll.until("the pushed diagnostics of the opened Makefile cleared",
                    () -> session.client.diagnosticsOf(makefileUri).isEmpty());
            assertEquals(List.of("static-glibc-nss", "redundant-netgo"), codes(pull(session, makefileUri)));
            assertEquals(1, session.client.diagnosticsOf(dockerfileUri).size(), "a closed file is still pushed");

            int refreshesBefore = session.client.refreshes.get();
            Files.writeString(mainGo, "package main\n");
            session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                    List.of(new FileEvent(LspTestSession.uri(mainGo), FileChangeType.Changed))));
            Poll.until("a refresh request", () -> session.client.refreshes.get() > refreshesBefore);
            assertEquals(List.of("redundant-netgo"), codes(pull(session, makefileUri)));
            assertTrue(session.client.diagnosticsOf(makefileUri).isEmpty(), "nothing pushed for an open document");
        }
    }

    @Test
    void aClientThatDoesNotPullIsNotOfferedPulling() throws Exception {
        try (LspTestSession session = new LspTestSession(new MarkerAnalysis().setup())) {
            assertNull(session.initialize(root).getCapabilities().getDiagnosticProvider());
        }
    }

    private static ClientCapabilities pullingClient() {
        ClientCapabilities capabilities = LspTestSession.fullCapabilities();
        TextDocumentClientCapabilities textDocument = new TextDocumentClientCapabilities();
        textDocument.setDiagnostic(new DiagnosticCapabilities(false, true));
        capabilities.setTextDocument(textDocument);
        capabilities.getWorkspace().setDiagnostics(new DiagnosticWorkspaceCapabilities(true));
        return capabilities;
    }

    private static List<Diagnostic> pull(LspTestSession session, String uri) throws Exception {
        return session.server.getTextDocumentService()
                .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS)
                .getRelatedFullDocumentDiagnosticReport().getItems();
    }

    private static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.getCode().getLeft()).toList();
    }
}
