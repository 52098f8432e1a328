package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.workspace.WorkspaceFile;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an edit re-analyses and re-publishes, the first scan's progress, and versions that never bring back a stale text. */
class ReanalysisProtocolTest {
    private static final String MAIN_WITHOUT_USER = """
            package main

            // #include <stdlib.h>
            import "C"

            import "fmt"

            func main() { fmt.Println("hi") }
            """;

    @TempDir
    Path root;

    /** A module whose Makefile runs main.go linked statically; returns main.go, holding {@code mainText}. */
    private Path writeStaticRunProject(String mainText) throws Exception {
        Files.writeString(root.resolve("go.mod"), "module example.com/t\n\ngo 1.22\n");
        Path mainGo = root.resolve("main.go");
        Files.writeString(mainGo, mainText);
        Files.writeString(root.resolve("Makefile"), "run:\n\tgo run -ldflags '-extldflags \"-static\"' main.go\n");
        return mainGo;
    }

    @Test
    void aNewImportInAnOpenGoFileChangesTheDiagnosticsOfTheMakefileThatIsNotOpen() throws Exception {
        Path mainGo = writeStaticRunProject(MAIN_WITHOUT_USER);
        Path makefile = root.resolve("Makefile");
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(root);
            String makefileUri = LspTestSession.uri(makefile);
            session.open(mainGo, 1, MAIN_WITHOUT_USER);
            awaitIdle(session, mainGo);
            assertTrue(nssOf(session, makefileUri).isEmpty(), "no NSS lookups yet: " + session.client.diagnosticsOf(makefileUri));
            int publishesBefore = session.client.publishes.size();

            int importLine = 5; // import "fmt"
            session.edit(mainGo, 2, new Range(new Position(importLine, 7), new Position(importLine, 12)), "(\n\t\"fmt\"\n\t\"os/user\"\n)");
            List<Diagnostic> nss = Poll.value("static-glibc-nss on the Makefile after the import",
                    () -> nssOf(session, makefileUri), list -> !list.isEmpty());
            assertEquals(1, nss.get(0).getRange().getStart().getLine());
            assertTrue(session.client.publishes.subList(publishesBefore, session.client.publishes.size()).stream()
                    .anyMatch(p -> p.getUri().equals(makefileUri)), "a publish for the Makefile, which was never opened");
            assertEquals(MAIN_WITHOUT_USER.length(), Files.readString(mainGo).length(), "only the editor's text changed");

            session.edit(mainGo, 3, new Range(new Position(importLine, 7), new Position(importLine + 3, 1)), "\"fmt\"");
            Poll.until("the finding gone with the import", () -> nssOf(session, makefileUri).isEmpty());
        }
    }

    @Test
    void aBakeTargetTypedInTheBakeFileChangesTheDiagnosticsOfTheDockerfileThatIsNotOpen() throws Exception {
        Files.writeString(root.resolve("go.mod"), "module example.com/t\n\ngo 1.22\n");
        Files.writeString(root.resolve("main.go"), "package main\n\nimport \"net\"\n\nfunc main() { _, _ = net.Dial(\"tcp\", \"x:1\") }\n");
        Path dockerfile = root.resolve("Dockerfile");
        Files.writeString(dockerfile, """
                FROM golang:1.22-bookworm AS build
                ARG LDFLAGS=""
                WORKDIR /src
                COPY . .
                RUN CGO_ENABLED=1 go build -ldflags "$LDFLAGS" -o /out/app .

                FROM debian:bookworm-slim
                COPY --from=build /out/app /usr/local/bin/app
                """);
        Path bake = root.resolve("docker-bake.hcl");
        String plain = "target \"plain\" {}\n";
        Files.writeString(bake, plain);
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(root);
            String dockerfileUri = LspTestSession.uri(dockerfile);
            session.open(bake, 1, plain);
            awaitIdle(session, bake);
            assertTrue(nssOf(session, dockerfileUri).isEmpty(), "no static build yet: " + session.client.diagnosticsOf(dockerfileUri));

            String staticTarget = "target \"static\" {\n  args = { LDFLAGS = \"-linkmode external -extldflags -static\" }\n}\n";
            session.edit(bake, 2, new Range(new Position(1, 0), new Position(1, 0)), staticTarget);
            List<Diagnostic> nss = Poll.value("static-glibc-nss on the Dockerfile once bake builds it statically",
                    () -> nssOf(session, dockerfileUri), list -> !list.isEmpty());
            assertEquals(4, nss.get(0).getRange().getStart().getLine(), "on the RUN that builds");
            assertTrue(nss.get(0).getMessage().getLeft().contains("static"), nss.get(0).getMessage().getLeft());

            session.edit(bake, 3, new Range(new Position(1, 0), new Position(4, 0)), "");
            Poll.until("the finding gone with the target", () -> nssOf(session, dockerfileUri).isEmpty());
        }
    }

    @Test
    void aGoFileRewrittenOnDiskWithTheSameSizeAndTimeChangesTheDiagnosticsOfTheMakefile() throws Exception {
        String withExec = MAIN_WITHOUT_USER.replace("\"fmt\"", "\"os/exec\"");
        String withUser = MAIN_WITHOUT_USER.replace("\"fmt\"", "\"os/user\"");
        Path mainGo = writeStaticRunProject(withExec);
        Path makefile = root.resolve("Makefile");
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(root);
            String makefileUri = LspTestSession.uri(makefile);
            awaitIdle(session, makefile);
            assertTrue(nssOf(session, makefileUri).isEmpty(), "no NSS lookups yet: " + session.client.diagnosticsOf(makefileUri));

            FileTime time = Files.getLastModifiedTime(mainGo);
            Files.writeString(mainGo, withUser); // the same size, in place
            Files.setLastModifiedTime(mainGo, time);
            session.server.getWorkspaceService().didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(
                    List.of(new org.eclipse.lsp4j.FileEvent(LspTestSession.uri(mainGo), org.eclipse.lsp4j.FileChangeType.Changed))));
            List<Diagnostic> nss = Poll.value("static-glibc-nss on the Makefile after the import on disk",
                    () -> nssOf(session, makefileUri), list -> !list.isEmpty());
            assertEquals(1, nss.get(0).getRange().getStart().getLine());
        }
    }

    @Test
    void aReopenedDocumentWithTheSameVersionNumberIsAnalysedFromItsNewText() throws Exception {
        SampleProject.write(root);
        Path makefile = root.resolve("Makefile");
        String staticRun = "run:\n\tgo run -ldflags '-extldflags \"-static\"' main.go\n";
        String dynamicRun = "run:\n\tgo run -ldflags '-extldflags \"-pthread\"' main.go\n";
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(root);
            String uri = LspTestSession.uri(makefile);
            session.open(makefile, 1, staticRun);
            Poll.until("the finding of the static link", () -> !nssOf(session, uri).isEmpty());
            session.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
            session.open(makefile, 1, dynamicRun);
            awaitIdle(session, makefile);
            Poll.until("no finding for the dynamic link under the same version number",
                    () -> nssOf(session, uri).isEmpty());
            session.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
            session.open(makefile, 1, staticRun);
            Poll.until("the static link's finding again", () -> !nssOf(session, uri).isEmpty());
        }
    }

    @Test
    void openingADocumentWithTheTextOnDiskAnalysesNothingAgain() throws Exception {
        Path makefile = root.resolve("Makefile");
        Files.writeString(makefile, "b:\n\tgo build NETGO\n");
        MarkerAnalysis analysis = new MarkerAnalysis();
        try (LspTestSession session = new LspTestSession(analysis.setup())) {
            session.initialize(root);
            awaitIdle(session, makefile);
            int runs = analysis.runs.get();
            session.open(makefile, 1, "b:\n\tgo build NETGO\n");
            awaitIdle(session, makefile);
            session.open(makefile, 2, "b:\n\tgo build\n");
            awaitIdle(session, makefile);
            assertEquals(runs + 1, analysis.runs.get(), "only the changed text was analysed");
            assertTrue(session.client.diagnosticsOf(LspTestSession.uri(makefile)).isEmpty());
        }
    }

    @Test
    void theFirstScanReportsWorkDoneProgressFromBeginToEnd() throws Exception {
        SampleProject.write(root);
        ClientCapabilities capabilities = LspTestSession.fullCapabilities();
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        capabilities.setWindow(window);
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(List.of(root), null, capabilities);
            Poll.until("the end of the progress", () -> session.client.progress.stream()
                    .anyMatch(p -> p.getValue().getLeft() instanceof WorkDoneProgressEnd));
            assertEquals(1, session.client.progressTokens.size());
            List<WorkDoneProgressNotification> steps = session.client.progress.stream()
                    .map(p -> p.getValue().getLeft()).toList();
            assertTrue(steps.get(0) instanceof WorkDoneProgressBegin, steps.toString());
            assertEquals("cgoguard", ((WorkDoneProgressBegin) steps.get(0)).getTitle());
            String end = ((WorkDoneProgressEnd) steps.get(steps.size() - 1)).getMessage();
            assertTrue(end.startsWith("5 files, 4 go commands, "), end);
            assertTrue(session.client.progress.stream().allMatch(p -> p.getToken().equals(
                    session.client.progressTokens.get(0).getToken())));
        }
    }

    @Test
    void aFileReadFromDiskChangesVersionWhenItsContentDoesEvenWithTheSameSizeAndTime() throws Exception {
        Path makefile = root.resolve("Makefile");
        Files.writeString(makefile, "b:\n\tgo build -tags aa\n");
        FileTime time = Files.getLastModifiedTime(makefile);
        WorkspaceFile first = WorkspaceScanner.read(dev.cgoguard.workspace.PathGate.of(root), makefile, "Makefile");
        Files.writeString(makefile, "b:\n\tgo build -tags bb\n");
        Files.setLastModifiedTime(makefile, time);
        WorkspaceFile second = WorkspaceScanner.read(dev.cgoguard.workspace.PathGate.of(root), makefile, "Makefile");
        assertNotEquals(first.version(), second.version());
        assertFalse(first.content().equals(second.content()));
    }

    private static List<Diagnostic> nssOf(LspTestSession session, String uri) {
        return session.client.diagnosticsOf(uri).stream()
                .filter(d -> "static-glibc-nss".equals(d.getCode().getLeft())).toList();
    }

    /** A hover answers once the analysis of every earlier change has finished. */
    private static void awaitIdle(LspTestSession session, Path file) throws Exception {
        session.server.getTextDocumentService().hover(new HoverParams(
                new TextDocumentIdentifier(LspTestSession.uri(file)), new Position(0, 0))).get(30, TimeUnit.SECONDS);
    }
}
