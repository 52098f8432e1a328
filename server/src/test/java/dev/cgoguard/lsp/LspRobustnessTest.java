package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.engine.AnalysisResult;
import dev.cgoguard.workspace.ScanLimits;
import dev.cgoguard.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a language server must survive from a client or a workspace: malformed messages, edits out
 * of range, a burst of ten thousand edits, documents of fifty megabytes, binary content, an analysis
 * that does not end. Each time the server goes on answering, and its answers stay right.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LspRobustnessTest {
    @TempDir
    Path root;

    private Path makefile() throws Exception {
        Path makefile = root.resolve("Makefile");
        Files.writeString(makefile, "b:\n");
        return makefile;
    }

    @Test
    void malformedMessagesAreAnsweredOrDroppedAndTheSessionGoesOn() throws Exception {
        Path makefile = makefile();
        MarkerAnalysis analysis = new MarkerAnalysis();
        try (LspTestSession session = new LspTestSession(analysis.setup())) {
            session.initialize(root);
            session.writeRaw("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":5}}");
            session.writeRaw("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"file:///nowhere/x\","
                    + "\"version\":3},\"contentChanges\":[{\"range\":{\"start\":null,\"end\":{\"line\":-4,\"character\":-9}},\"text\":\"x\"}]}}");
            session.writeRaw("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"::not a uri::\"},"
                    + "\"position\":{\"line\":2147483647,\"character\":2147483647}}}");
            session.writeRaw("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"cgoguard/noSuchMethod\",\"params\":[1,2,3]}");
            session.writeRaw("[1, {\"jsonrpc\":\"2.0\"}, null]");
            session.writeRaw("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\""
                    + LspTestSession.uri(root.resolve("other.mk")) + "\",\"languageId\":\"makefile\",\"version\":1}}}");
            session.open(makefile, 1, "b:\n\tgo build NETGO\n");
            String uri = LspTestSession.uri(makefile);
            Poll.until("diagnostics after the garbage", () -> session.client.diagnosticsOf(uri).size() == 1);
            Hover hover = session.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                    new Position(1, 12))).get(30, TimeUnit.SECONDS);
            assertTrue(hover.getContents().getRight().getValue().contains("netgo is redundant"), hover.toString());
        }
    }

    @Test
    void editsOutOfRangeAreClampedAndTheTextStaysTheClients() throws Exception {
        Path makefile = makefile();
        MarkerAnalysis analysis = new MarkerAnalysis();
        try (LspTestSession session = new LspTestSession(analysis.setup())) {
            session.initialize(root);
            session.open(makefile, 1, "b:\n\tgo build\n");
            // past the last line, past the end of a line, reversed, negative, and a column that would overflow
            session.edit(makefile, 2, new Range(new Position(900, 0), new Position(901, 3)), " -tags NETGO");
            session.edit(makefile, 3, new Range(new Position(1, 5000), new Position(1, Integer.MAX_VALUE)), "");
            session.edit(makefile, 4, new Range(new Position(1, 9), new Position(0, 1)), "");
            session.edit(makefile, 5, new Range(new Position(-3, -1), new Position(-1, -7)), "# ");
            session.edit(makefile, 6, new Range(new Position(0, Integer.MAX_VALUE), new Position(0, Integer.MAX_VALUE)), "");
            String uri = LspTestSession.uri(makefile);
            Poll.until("the edits applied", () -> session.client.diagnosticsOf(uri).size() == 1);
            Range netgo = session.client.diagnosticsOf(uri).get(0).getRange();
            // "# b:\n\tgo build\n -tags NETGO": the text a client computes from the same edits, clamped as LSP says
            assertEquals(new Range(new Position(2, 7), new Position(2, 12)), netgo);
        }
    }

    @Test
    void aBurstOfTenThousandEditsIsAnalysedAFewTimesAndEndsOnTheLastText() throws Exception {
        Path makefile = makefile();
        MarkerAnalysis analysis = new MarkerAnalysis();
        try (LspTestSession session = new LspTestSession(analysis.setup())) {
            session.initialize(root);
            session.open(makefile, 1, "b:\n\tgo build \n");
            String uri = LspTestSession.uri(makefile);
            Poll.until("the first analysis", () -> analysis.runs.get() >= 1);
            int before = analysis.runs.get();
            for (int i = 0; i < 10_000; i++) {
                session.edit(makefile, i + 2, new Range(new Position(1, 10 + i), new Position(1, 10 + i)), "x");
            }
            session.edit(makefile, 10_002, new Range(new Position(1, 10_010), new Position(1, 10_010)), " NETGO");
            Poll.until("the diagnostic of the last text", () -> session.client.diagnosticsOf(uri).size() == 1
                    && session.client.diagnosticsOf(uri).get(0).getRange().getStart().getCharacter() == 10_011);
            int during = analysis.runs.get() - before;
            assertTrue(during < 200, "10,001 edits, " + during + " analyses");
        }
    }

    @Test
    void aFiftyMegabyteDocumentIsNotAnalysedAndTheUserIsToldOnce() throws Exception {
        Path makefile = makefile();
        MarkerAnalysis analysis = new MarkerAnalysis();
        try (LspTestSession session = new LspTestSession(analysis.setup())) {
            session.initialize(root);
            String huge = "b:\n\tgo build NETGO\n" + "# filler\n".repeat(50 * 1024 * 1024 / 9);
            session.open(makefile, 1, huge);
            String uri = LspTestSession.uri(makefile);
            Poll.until("the message that it is too large", () -> session.client.shown.stream()
                    .anyMatch(m -> m.getMessage().contains("is not analysed while it is this large")));
            session.edit(makefile, 2, new Range(new Position(0, 0), new Position(0, 0)), "#");
            Poll.until("an analysis after the edit", () -> analysis.runs.get() >= 2);
            assertTrue(session.client.diagnosticsOf(uri).isEmpty(), "nothing of the huge text is analysed");
            assertEquals(1, session.client.shown.stream().filter(m -> m.getMessage().contains("this large")).count(),
                    "told once, not at every edit");
            // its whole text again, within the limit: analysed as usual
            session.server.getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
                    new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(uri, 3),
                    List.of(new org.eclipse.lsp4j.TextDocumentContentChangeEvent("b:\n\tgo build NETGO\n"))));
            Poll.until("the diagnostic once it is small", () -> session.client.diagnosticsOf(uri).size() == 1);
            assertTrue(huge.length() > ScanLimits.MAX_FILE_BYTES);
        }
    }

    @Test
    void binaryContentIsReadWithoutHarm() throws Exception {
        Path makefile = makefile();
        MarkerAnalysis analysis = new MarkerAnalysis();
        try (LspTestSession session = new LspTestSession(analysis.setup())) {
            session.initialize(root);
            StringBuilder binary = new StringBuilder("b:\n\tgo build NETGO\n");
            for (int i = 0; i < 70_000; i++) {
                binary.append((char) (i % 0xffff)); // every UTF-16 unit: NUL, controls, lone surrogates
            }
            session.open(makefile, 1, binary.toString());
            session.open(root.resolve("build.sh"), 1, "#!/bin/sh\n\u0000\ud800go build\udfff\n\u0000");
            String uri = LspTestSession.uri(makefile);
            Poll.until("diagnostics of the binary text", () -> session.client.diagnosticsOf(uri).size() == 1);
        }
    }

    @Test
    void realAnalysisOfBinaryAndBrokenDocumentsPublishesWithoutAnError() throws Exception {
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            Files.writeString(root.resolve("go.mod"), "module example.com/x\n\ngo 1.22\n");
            session.initialize(root);
            session.open(root.resolve("Makefile"), 1, "\u0000\ud800$(((\n\tgo build $(\n");
            session.open(root.resolve("build.sh"), 1, "#!/bin/sh\n\u0000\ud800 eval \"$(\n go build \udfff\n");
            session.open(root.resolve("Dockerfile"), 1, "FROM \u0000\nRUN <<EOF\n\ud800\n");
            session.open(root.resolve("main.go"), 1, "package \u0000main\nimport \"\ud800\"\n");
            Poll.until("an analysis published", () -> !session.client.publishes.isEmpty());
            session.server.shutdown().get(30, TimeUnit.SECONDS);
            assertTrue(session.client.logs.stream().noneMatch(m -> m.getType() == org.eclipse.lsp4j.MessageType.Error),
                    session.client.logs.toString());
        }
    }

    @Test
    void anAnalysisThatDoesNotEndBlocksNeitherHoverNorShutdown() throws Exception {
        Path makefile = makefile();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        BiFunction<Workspace, AnalysisOptions, AnalysisResult> endless = (workspace, options) -> {
            started.countDown();
            try {
                Thread.sleep(TimeUnit.HOURS.toMillis(1));
            } catch (InterruptedException e) {
                interrupted.countDown();
                Thread.currentThread().interrupt();
            }
            return new AnalysisResult(List.of(), List.of(), List.of(), Map.of());
        };
        try (LspTestSession session = new LspTestSession(new LanguageServerSetup(endless, id -> Optional.empty(), 30))) {
            session.initialize(root);
            session.open(makefile, 1, "b:\n\tgo build\n");
            assertTrue(started.await(30, TimeUnit.SECONDS), "the analysis started");
            Hover hover = session.server.getTextDocumentService().hover(new HoverParams(
                    new TextDocumentIdentifier(LspTestSession.uri(makefile)), new Position(1, 3))).get(20, TimeUnit.SECONDS);
            assertNull(hover, "nothing is known yet, and that is the answer");
            session.server.shutdown().get(20, TimeUnit.SECONDS);
            assertTrue(interrupted.await(20, TimeUnit.SECONDS), "shutdown stops the analysis");
            session.server.exit();
            assertEquals(0, session.awaitExit());
        }
    }

    @Test
    void anAnalysisStoppedByShutdownWhileItsWorkIsSharedOutLogsNoFailure() throws Exception {
        Path makefile = makefile();
        CountDownLatch started = new CountDownLatch(1);
        // as the core's shared work lists do: a caller interrupted while it waits is told so by a CancellationException
        BiFunction<Workspace, AnalysisOptions, AnalysisResult> waiting = (workspace, options) -> {
            started.countDown();
            try {
                Thread.sleep(TimeUnit.HOURS.toMillis(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while 2 items were not done");
            }
            return new AnalysisResult(List.of(), List.of(), List.of(), Map.of());
        };
        try (LspTestSession session = new LspTestSession(new LanguageServerSetup(waiting, id -> Optional.empty(), 30))) {
            session.initialize(root);
            session.open(makefile, 1, "b:\n\tgo build\n");
            assertTrue(started.await(30, TimeUnit.SECONDS), "the analysis started");
            session.server.shutdown().get(20, TimeUnit.SECONDS);
            Thread.sleep(200); // the analysis thread ends after shutdown has answered
            assertTrue(session.client.logs.stream().noneMatch(m -> m.getType() == org.eclipse.lsp4j.MessageType.Error),
                    session.client.logs.toString());
            session.server.exit();
            assertEquals(0, session.awaitExit());
        }
    }
}

