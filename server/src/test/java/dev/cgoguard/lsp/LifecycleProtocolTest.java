package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session's lifecycle: capabilities, exit codes, and what the server survives. */
class LifecycleProtocolTest {
    @TempDir
    Path root;

    @Test
    void initializeAnnouncesIncrementalSyncAndRegistersTheFileWatchers() throws Exception {
        try (LspTestSession session = new LspTestSession(new MarkerAnalysis().setup())) {
            InitializeResult result = session.initialize(root);
            assertEquals(TextDocumentSyncKind.Incremental, result.getCapabilities().getTextDocumentSync().getRight().getChange());
            assertTrue(result.getCapabilities().getHoverProvider().getLeft());
            assertEquals(List.of("quickfix", "source.fixAll.cgoguard"),
                    result.getCapabilities().getCodeActionProvider().getRight().getCodeActionKinds());

            Poll.until("the watcher registration", () -> !session.client.registrations.isEmpty());
            var registration = session.client.registrations.get(0).getRegistrations().get(0);
            assertEquals("workspace/didChangeWatchedFiles", registration.getMethod());
            var watchers = ((com.google.gson.JsonObject) registration.getRegisterOptions()).getAsJsonArray("watchers");
            List<String> globs = new java.util.ArrayList<>();
            watchers.forEach(w -> globs.add(w.getAsJsonObject().get("globPattern").getAsString()));
            assertEquals(WatchedFiles.GLOBS, globs);
            assertTrue(globs.contains("**/.github/workflows/*.yml") && globs.contains("**/.cgoguard.{yaml,yml}"));
        }
    }

    @Test
    void noWatchersAreRegisteredWhenTheClientCannotTakeThem() throws Exception {
        MarkerAnalysis analysis = new MarkerAnalysis();
        try (LspTestSession session = new LspTestSession(analysis.setup())) {
            session.initialize(List.of(root), null, new org.eclipse.lsp4j.ClientCapabilities());
            Poll.until("the first analysis", () -> analysis.runs.get() >= 1);
            assertTrue(session.client.registrations.isEmpty());
        }
    }

    @Test
    void shutdownThenExitEndsWithCodeZero() throws Exception {
        try (LspTestSession session = new LspTestSession(new MarkerAnalysis().setup())) {
            session.initialize(root);
            session.server.shutdown().get(30, TimeUnit.SECONDS);
            session.server.exit();
            assertEquals(0, session.awaitExit());
        }
    }

    @Test
    void requestsAfterShutdownAreRefusedAsInvalid() throws Exception {
        try (LspTestSession session = new LspTestSession(new MarkerAnalysis().setup())) {
            session.initialize(root);
            session.server.shutdown().get(30, TimeUnit.SECONDS);
            var hover = session.server.getTextDocumentService().hover(new org.eclipse.lsp4j.HoverParams(
                    new org.eclipse.lsp4j.TextDocumentIdentifier(LspTestSession.uri(root.resolve("Makefile"))),
                    new Position(0, 0)));
            var failure = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> hover.get(30, TimeUnit.SECONDS));
            var error = ((org.eclipse.lsp4j.jsonrpc.ResponseErrorException) failure.getCause()).getResponseError();
            assertEquals(org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode.InvalidRequest.getValue(), error.getCode());
            session.server.exit();
            assertEquals(0, session.awaitExit());
        }
    }

    @Test
    void exitWithoutShutdownEndsWithCodeOne() throws Exception {
        try (LspTestSession session = new LspTestSession(new MarkerAnalysis().setup())) {
            session.initialize(root);
            session.server.exit();
            assertEquals(1, session.awaitExit());
        }
    }

    @Test
    void aClosedConnectionEndsTheSession() throws Exception {
        LspTestSession session = new LspTestSession(new MarkerAnalysis().setup());
        session.initialize(root);
        session.close();
        assertEquals(1, session.awaitExit());
    }

    @Test
    void theServerExitsWhenTheClientProcessDies() throws Exception {
        Process fakeClient = new ProcessBuilder("sleep", "60").start();
        try (LspTestSession session = new LspTestSession(new MarkerAnalysis().setup())) {
            InitializeParams params = new InitializeParams();
            params.setProcessId((int) fakeClient.pid());
            params.setRootUri(LspTestSession.uri(root));
            session.server.initialize(params).get(30, TimeUnit.SECONDS);
            fakeClient.destroy();
            assertEquals(1, session.awaitExit());
        } finally {
            fakeClient.destroyForcibly();
        }
    }

    @Test
    void aMalformedMessageDoesNotKillTheServer() throws Exception {
        Path makefile = root.resolve("Makefile");
        Files.writeString(makefile, "b:\n");
        MarkerAnalysis analysis = new MarkerAnalysis();
        try (LspTestSession session = new LspTestSession(analysis.setup())) {
            session.initialize(root);
            session.writeRaw("{\"jsonrpc\": \"2.0\", \"method\": \"textDocument/didOpen\", \"params\": {\"textDocument\": ");
            session.writeRaw("this is not json at all");
            session.writeRaw("{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"textDocument/hover\",\"params\":{\"position\":\"oops\"}}");
            session.open(makefile, 1, "b:\n\tgo build NETGO\n");
            String uri = LspTestSession.uri(makefile);
            Poll.until("diagnostics after the garbage", () -> session.client.diagnosticsOf(uri).size() == 1);
            session.server.shutdown().get(30, TimeUnit.SECONDS);
            session.server.exit();
            assertEquals(0, session.awaitExit());
        }
    }

    @Test
    void aFailingAnalysisIsLoggedAndTheNextEditIsAnalysedAgain() throws Exception {
        Path makefile = root.resolve("Makefile");
        Files.writeString(makefile, "b:\n");
        MarkerAnalysis analysis = new MarkerAnalysis();
        try (LspTestSession session = new LspTestSession(analysis.setup())) {
            session.initialize(root);
            session.open(makefile, 1, "b:\n\tEXPLODE NETGO\n");
            Poll.until("the failure in the client's log", () -> session.client.logs.stream()
                    .anyMatch(m -> m.getType() == MessageType.Error && m.getMessage().contains("marker analysis exploded")));

            session.edit(makefile, 2, new Range(new Position(1, 1), new Position(1, 8)), "go build");
            String uri = LspTestSession.uri(makefile);
            Poll.until("diagnostics once the analysis works again", () -> session.client.diagnosticsOf(uri).size() == 1);
        }
    }

    @Test
    void anAnalysisThatRunsOutOfMemoryIsDroppedWithAMessageAndTheSessionGoesOn() throws Exception {
        Path makefile = root.resolve("Makefile");
        Files.writeString(makefile, "b:\n");
        try (LspTestSession session = new LspTestSession(new MarkerAnalysis().setup())) {
            session.initialize(root);
            session.open(makefile, 1, "b:\n\tEXHAUST NETGO\n");
            Poll.until("the user is told", () -> session.client.shown.stream()
                    .anyMatch(m -> m.getMessage().contains("ran out of memory") && m.getMessage().contains("dropped")));

            session.edit(makefile, 2, new Range(new Position(1, 1), new Position(1, 8)), "go build");
            String uri = LspTestSession.uri(makefile);
            Poll.until("diagnostics once the analysis fits again", () -> session.client.diagnosticsOf(uri).size() == 1);
        }
    }
}
