package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.engine.AnalysisResult;
import dev.cgoguard.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnostics over the protocol: mapping, open/edit/close, files on disk, cross-file changes, several roots. */
class DiagnosticsProtocolTest {
    private static final String MAIN_GO = "package main\n\nimport \"os/user\"\n";

    @TempDir
    Path root;

    @Test
    void publishesFindingsOfFilesThatAreNotOpenWithEveryFieldMapped() throws Exception {
        Files.writeString(root.resolve("main.go"), MAIN_GO);
        Files.writeString(root.resolve("Makefile"), "build:\n\tgo build -ldflags STATIC NETGO\n");
        MarkerAnalysis analysis = new MarkerAnalysis();
        try (LspTestSession session = new LspTestSession(analysis.setup())) {
            session.initialize(root);
            String makefile = LspTestSession.uri(root.resolve("Makefile"));
            List<Diagnostic> diagnostics = Poll.value("diagnostics of the Makefile",
                    () -> session.client.diagnosticsOf(makefile), list -> list.size() == 2);

            Diagnostic nss = diagnostics.get(0);
            assertEquals(new Range(new Position(1, 19), new Position(1, 25)), nss.getRange());
            assertEquals(DiagnosticSeverity.Error, nss.getSeverity());
            assertEquals("static-glibc-nss", nss.getCode().getLeft());
            assertEquals("cgoguard", nss.getSource());
            assertEquals("static link will crash in NSS lookups", nss.getMessage().getLeft());
            assertEquals("https://github.com/cgoguard/cgoguard/blob/v0.1.0/server/src/main/resources/dev/cgoguard/rules/static-glibc-nss.md",
                nss.getCodeDescription().getHref());
            assertEquals(1, nss.getRelatedInformation().size());
            assertEquals(LspTestSession.uri(root.resolve("main.go")), nss.getRelatedInformation().get(0).getLocation().getUri());
            assertEquals("os/user imported here", nss.getRelatedInformation().get(0).getMessage());
            assertTrue(nss.getTags() == null || nss.getTags().isEmpty());

            Diagnostic netgo = diagnostics.get(1);
            assertEquals("redundant-netgo", netgo.getCode().getLeft());
            assertEquals(DiagnosticSeverity.Hint, netgo.getSeverity());
            assertEquals(List.of(DiagnosticTag.Unnecessary), netgo.getTags());
        }
    }

    @Test
    void incrementalEditsCountUtf16UnitsAndAFixedFileGetsAnEmptyPublish() throws Exception {
        Files.writeString(root.resolve("main.go"), MAIN_GO);
        Path makefile = root.resolve("Makefile");
        Files.writeString(makefile, "build:\n\tgo build\n");
        MarkerAnalysis analysis = new MarkerAnalysis();
        try (LspTestSession session = new LspTestSession(analysis.setup())) {
            session.initialize(root);
            String uri = LspTestSession.uri(makefile);
            session.open(makefile, 1, "build:\n\tgo build\n");
            // "# 🐹 " is 5 UTF-16 units (the emoji is a surrogate pair), then the marker
            session.edit(makefile, 2, new Range(new Position(0, 0), new Position(0, 0)), "# 🐹 STATIC\n");
            List<Diagnostic> diagnostics = Poll.value("a diagnostic after the edit",
                    () -> session.client.diagnosticsOf(uri), list -> !list.isEmpty());
            assertEquals(new Range(new Position(0, 5), new Position(0, 11)), diagnostics.get(0).getRange());

            // delete the marker by its range: the file's findings went away
            session.edit(makefile, 3, new Range(new Position(0, 5), new Position(0, 11)), "ok");
            Poll.until("an empty publish for the Makefile", () -> {
                var last = session.client.publishes.get(session.client.publishes.size() - 1);
                return last.getUri().equals(uri) && last.getDiagnostics().isEmpty();
            });
        }
    }

    @Test
    void closingADocumentFallsBackToTheFileOnDisk() throws Exception {
        Files.writeString(root.resolve("main.go"), MAIN_GO);
        Path makefile = root.resolve("Makefile");
        Files.writeString(makefile, "build:\n\tgo build STATIC\n");
        MarkerAnalysis analysis = new MarkerAnalysis();
        try (LspTestSession session = new LspTestSession(analysis.setup())) {
            session.initialize(root);
            String uri = LspTestSession.uri(makefile);
            Poll.until("the finding from disk", () -> session.client.diagnosticsOf(uri).size() == 1);

            session.open(makefile, 1, "build:\n\tgo build\n");
            Poll.until("the open document overlays the disk", () -> session.client.diagnosticsOf(uri).isEmpty());

            session.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
            Poll.until("the disk content counts again", () -> session.client.diagnosticsOf(uri).size() == 1);
        }
    }

    @Test
    void aChangeOnDiskToAnotherFileUpdatesTheMakefileDiagnostics() throws Exception {
        Path makefile = root.resolve("Makefile");
        Files.writeString(makefile, "build:\n\tgo build STATIC\n");
        Path mainGo = root.resolve("main.go");
        Files.writeString(mainGo, "package main\n");
        MarkerAnalysis analysis = new MarkerAnalysis();
        try (LspTestSession session = new LspTestSession(analysis.setup())) {
            session.initialize(root);
            String uri = LspTestSession.uri(makefile);
            Poll.until("the first analysis", () -> analysis.runs.get() >= 1);
            assertTrue(session.client.diagnosticsOf(uri).isEmpty(), "no os/user import yet");

            Files.writeString(mainGo, MAIN_GO);
            notify(session, mainGo, FileChangeType.Changed);
            Poll.until("the finding caused by main.go", () -> session.client.diagnosticsOf(uri).size() == 1);

            Files.delete(mainGo);
            notify(session, mainGo, FileChangeType.Deleted);
            Poll.until("the finding gone with main.go", () -> session.client.diagnosticsOf(uri).isEmpty());
        }
    }

    @Test
    void everyWorkspaceFolderIsAnalysedOnItsOwn() throws Exception {
        Path first = Files.createDirectories(root.resolve("first"));
        Path second = Files.createDirectories(root.resolve("second"));
        Files.writeString(first.resolve("Makefile"), "b:\n\tgo build NETGO\n");
        Files.writeString(second.resolve("Makefile"), "b:\n\tgo build\n\tgo build NETGO\n");
        MarkerAnalysis analysis = new MarkerAnalysis();
        try (LspTestSession session = new LspTestSession(analysis.setup())) {
            session.initialize(List.of(first, second), null, LspTestSession.fullCapabilities());
            String firstUri = LspTestSession.uri(first.resolve("Makefile"));
            String secondUri = LspTestSession.uri(second.resolve("Makefile"));
            Poll.until("both folders published", () -> session.client.diagnosticsOf(firstUri).size() == 1
                    && session.client.diagnosticsOf(secondUri).size() == 1);
            assertEquals(1, session.client.diagnosticsOf(firstUri).get(0).getRange().getStart().getLine());
            assertEquals(2, session.client.diagnosticsOf(secondUri).get(0).getRange().getStart().getLine());
        }
    }

    @Test
    void foldersAddedLaterAreAnalysedAndRemovedOnesCleared() throws Exception {
        Path first = Files.createDirectories(root.resolve("first"));
        Path added = Files.createDirectories(root.resolve("added"));
        Files.writeString(added.resolve("Makefile"), "b:\n\tgo build NETGO\n");
        MarkerAnalysis analysis = new MarkerAnalysis();
        try (LspTestSession session = new LspTestSession(analysis.setup())) {
            session.initialize(List.of(first), null, LspTestSession.fullCapabilities());
            Poll.until("the first analysis", () -> analysis.runs.get() >= 1);
            String uri = LspTestSession.uri(added.resolve("Makefile"));
            assertTrue(session.client.diagnosticsOf(uri).isEmpty());

            WorkspaceFolder folder = new WorkspaceFolder(LspTestSession.uri(added), "added");
            session.server.getWorkspaceService().didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
                    new WorkspaceFoldersChangeEvent(List.of(folder), List.of())));
            Poll.until("the added folder's diagnostics", () -> session.client.diagnosticsOf(uri).size() == 1);

            session.server.getWorkspaceService().didChangeWorkspaceFolders(new DidChangeWorkspaceFoldersParams(
                    new WorkspaceFoldersChangeEvent(List.of(), List.of(folder))));
            Poll.until("the removed folder's diagnostics cleared", () -> session.client.diagnosticsOf(uri).isEmpty());
        }
    }

    @Test
    void aBurstOfEditsIsAnalysedOnceItSettles() throws Exception {
        Path makefile = root.resolve("Makefile");
        Files.writeString(makefile, "b:\n");
        MarkerAnalysis analysis = new MarkerAnalysis();
        LanguageServerSetup slowDebounce = new LanguageServerSetup(analysis, id -> java.util.Optional.empty(), 500);
        try (LspTestSession session = new LspTestSession(slowDebounce)) {
            session.initialize(root);
            Poll.until("the first analysis", () -> analysis.runs.get() >= 1);
            int before = analysis.runs.get();
            session.open(makefile, 1, "b:\n");
            String typed = "\tgo build NETGO";
            for (int i = 0; i < typed.length(); i++) {
                session.edit(makefile, i + 2, new Range(new Position(1, i), new Position(1, i)), typed.substring(i, i + 1));
            }
            String uri = LspTestSession.uri(makefile);
            Poll.until("the diagnostic of the typed line", () -> session.client.diagnosticsOf(uri).size() == 1);
            int ran = analysis.runs.get() - before;
            assertTrue(ran < typed.length() / 2, typed.length() + " edits in a burst ran " + ran + " analyses");
        }
    }

    @Test
    void aRequestAfterAQuietSpellIsAnalysedAtOnceNotAfterTheDebounceDelay() throws Exception {
        Files.writeString(root.resolve("Makefile"), "b:\n");
        MarkerAnalysis analysis = new MarkerAnalysis();
        LanguageServerSetup minuteDebounce = new LanguageServerSetup(analysis, id -> java.util.Optional.empty(), 60_000);
        try (LspTestSession session = new LspTestSession(minuteDebounce)) {
            session.initialize(root);
            Poll.until("the first analysis, long before a minute", () -> analysis.runs.get() >= 1);
        }
    }

    private static void notify(LspTestSession session, Path file, FileChangeType type) {
        session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(LspTestSession.uri(file), type))));
    }

    @Test
    void aFileOpenedWithItsDiskTextWhileTheFirstAnalysisRunsIsAnsweredFromThatAnalysis() throws Exception {
        Path makefile = root.resolve("Makefile");
        String onDisk = "b:\n\tgo build NETGO\n";
        Files.writeString(makefile, onDisk);
        String uri = LspTestSession.uri(makefile);
        FirstRunHeld analysis = new FirstRunHeld();
        try (LspTestSession session = new LspTestSession(analysis.setup())) {
            session.initialize(root);
            assertTrue(analysis.firstStarted.await(10, TimeUnit.SECONDS), "the first analysis started");
            session.open(makefile, 1, onDisk);
            analysis.release.countDown();
            Poll.until("the opened file's diagnostic", () -> session.client.diagnosticsOf(uri).size() == 1);
            assertEquals(1, analysis.marker.runs.get(), "the workspace was analysed once");

            session.open(root.resolve("other.mk"), 1, "o:\n\tgo build NETGO\n"); // a text the disk does not have
            Poll.until("the second file's diagnostic",
                    () -> session.client.diagnosticsOf(LspTestSession.uri(root.resolve("other.mk"))).size() == 1);
            assertEquals(2, analysis.marker.runs.get(), "a new text is analysed");
        }
    }

    /** The marker analysis, whose first run waits until it is released (as a long first analysis of a large workspace). */
    private static final class FirstRunHeld implements BiFunction<Workspace, AnalysisOptions, AnalysisResult> {
        final MarkerAnalysis marker = new MarkerAnalysis();
        final CountDownLatch firstStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public AnalysisResult apply(Workspace workspace, AnalysisOptions options) {
            if (firstStarted.getCount() > 0) {
                firstStarted.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return marker.apply(workspace, options);
        }

        LanguageServerSetup setup() {
            return new LanguageServerSetup(this, id -> Optional.empty(), 30);
        }
    }
}

