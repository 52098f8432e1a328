package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits of an open Dockerfile as a user types them: what an edit leaves of the file is taken from
 * the analysis before, and the findings published are still those of the text as it now stands,
 * where it now stands, with fixes that edit the lines they name.
 */
class DockerfileEditProtocolTest {
    /** A cgo package that resolves host names and looks up users: linked statically against glibc, it crashes. */
    private static final String MAIN_GO = "package main\n\n// #include <stdlib.h>\nimport \"C\"\n\nimport (\n\t\"fmt\"\n\t\"net\"\n"
            + "\t\"os/user\"\n)\n\nfunc main() {\n\taddrs, _ := net.LookupHost(\"example.com\")\n\tu, _ := user.Current()\n"
            + "\tfmt.Println(addrs, u)\n}\n";
    private static final String STATIC_BUILD = "RUN go build -ldflags '-extldflags \"-static\"' -o /out/app .";
    private static final String DOCKERFILE = String.join("\n",
            "ARG GO_IMAGE=golang:1.27",
            "FROM ${GO_IMAGE} AS base",
            "WORKDIR /src",
            "COPY . .",
            "",
            "FROM base AS build",
            STATIC_BUILD,
            "",
            "FROM debian:trixie-slim",
            "COPY --from=build /out/app /app",
            "");
    private static final int BUILD_LINE = 6;

    @TempDir
    Path root;

    @Test
    void linesAddedAfterTheFirstFromMoveTheFindingAndItsFixEditsTheLineWhereItNowStands() throws Exception {
        Path dockerfile = project();
        String uri = LspTestSession.uri(dockerfile);
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(root);
            session.open(dockerfile, 1, DOCKERFILE);
            assertEquals(BUILD_LINE, nss(session, uri).getRange().getStart().getLine());

            String added = "MAINTAINER bench\nRUN CGO_ENABLED=0 go build -a -o /tmp/bench .\n";
            session.edit(dockerfile, 2, new Range(new Position(2, 0), new Position(2, 0)), added);
            Diagnostic moved = Poll.value("the finding two lines further down", () -> nssOrNull(session, uri),
                    d -> d != null && d.getRange().getStart().getLine() == BUILD_LINE + 2);
            assertEquals(STATIC_BUILD.length(), moved.getRange().getEnd().getCharacter());

            String edited = DOCKERFILE.replace("FROM ${GO_IMAGE} AS base\n", "FROM ${GO_IMAGE} AS base\n" + added);
            CodeAction tags = quickFixes(session, uri, moved).stream().filter(a -> a.getTitle().startsWith("Build with -tags"))
                    .findFirst().orElseThrow(() -> new AssertionError("no tags fix"));
            TextDocumentEdit edit = tags.getEdit().getDocumentChanges().get(0).getLeft();
            String fixed = FeaturesProtocolTest.apply(edited, edit.getEdits().stream().map(Either::getLeft).toList());
            assertEquals(edited.replace("go build -ldflags", "go build -tags netgo,osusergo -ldflags"), fixed);

            session.edit(dockerfile, 3, new Range(new Position(2, 0), new Position(4, 0)), "");
            Poll.value("the finding back where it was", () -> nssOrNull(session, uri),
                    d -> d != null && d.getRange().getStart().getLine() == BUILD_LINE);
        }
    }

    @Test
    void anEditInsideAStageChangesTheFindingOfAStageBuiltFromItAfterTheEdit() throws Exception {
        Path dockerfile = project();
        String uri = LspTestSession.uri(dockerfile);
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(root);
            session.open(dockerfile, 1, DOCKERFILE);
            nss(session, uri);
            // the base stage links with musl from now on: the static build of the stage after it no longer takes glibc
            session.edit(dockerfile, 2, new Range(new Position(3, 0), new Position(3, 0)), "ENV CC=musl-gcc\n");
            Poll.until("no static-glibc-nss once the base stage builds with musl", () -> nssOrNull(session, uri) == null);
            session.edit(dockerfile, 3, new Range(new Position(3, 0), new Position(4, 0)), "");
            assertEquals(BUILD_LINE, nss(session, uri).getRange().getStart().getLine());
        }
    }

    @Test
    void anArgEditBeforeTheFirstFromChangesTheFindingOfTheStagesThatReadIt() throws Exception {
        Path dockerfile = project();
        String uri = LspTestSession.uri(dockerfile);
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(root);
            session.open(dockerfile, 1, DOCKERFILE);
            nss(session, uri);
            // an Alpine image: musl, whose static link loads no NSS modules
            session.edit(dockerfile, 2, new Range(new Position(0, 24), new Position(0, 24)), "-alpine");
            Poll.until("no static-glibc-nss on golang:1.27-alpine", () -> nssOrNull(session, uri) == null);
            session.edit(dockerfile, 3, new Range(new Position(0, 24), new Position(0, 31)), "");
            assertEquals(BUILD_LINE, nss(session, uri).getRange().getStart().getLine());
        }
    }

    @Test
    void afterLinesAddedAtTheTopEveryFixEditsTheLinesItEditedBeforeWhereTheyNowStand() throws Exception {
        String dockerfileText = "FROM golang:1.27 AS build\nWORKDIR /src\nCOPY . .\n" + STATIC_BUILD
                + "\n\nFROM debian:trixie-slim\nCOPY --from=build /out/app /app\n";
        new TestProject(root).goMod("1.27").file("main.go", MAIN_GO).file("Dockerfile", dockerfileText);
        Path dockerfile = root.resolve("Dockerfile");
        String uri = LspTestSession.uri(dockerfile);
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(root);
            session.open(dockerfile, 1, dockerfileText);
            Diagnostic before = nss(session, uri);
            List<String> fixedBefore = fixedTexts(session, uri, before, dockerfileText);
            assertEquals(4, fixedBefore.size(), "tags, musl-gcc, Alpine, dynamic glibc");

            String header = "# the release image\n\n";
            session.edit(dockerfile, 2, new Range(new Position(0, 0), new Position(0, 0)), header);
            Diagnostic after = Poll.value("the finding two lines further down", () -> nssOrNull(session, uri),
                    d -> d != null && d.getRange().getStart().getLine() == 5);
            assertEquals(fixedBefore.stream().map(text -> header + text).toList(),
                    fixedTexts(session, uri, after, header + dockerfileText));
        }
    }

    /** The text as each quick fix of the diagnostic (the ignore action aside) leaves it, in the order offered. */
    private static List<String> fixedTexts(LspTestSession session, String uri, Diagnostic diagnostic, String text) throws Exception {
        return quickFixes(session, uri, diagnostic).stream().filter(a -> !a.getTitle().startsWith("Ignore"))
                .map(a -> FeaturesProtocolTest.apply(text, a.getEdit().getDocumentChanges().get(0).getLeft().getEdits().stream()
                        .map(Either::getLeft).toList()))
                .toList();
    }

    private Path project() {
        new TestProject(root).goMod("1.27").file("main.go", MAIN_GO).file("Dockerfile", DOCKERFILE);
        return root.resolve("Dockerfile");
    }

    private static Diagnostic nss(LspTestSession session, String uri) {
        return Poll.value("a static-glibc-nss diagnostic on " + uri, () -> nssOrNull(session, uri), d -> d != null);
    }

    private static Diagnostic nssOrNull(LspTestSession session, String uri) {
        List<Diagnostic> found = session.client.diagnosticsOf(uri).stream()
                .filter(d -> "static-glibc-nss".equals(d.getCode().getLeft())).toList();
        assertTrue(found.size() <= 1, "one static-glibc-nss at most: " + found);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<CodeAction> quickFixes(LspTestSession session, String uri, Diagnostic diagnostic) throws Exception {
        CodeActionContext context = new CodeActionContext(List.of(diagnostic));
        context.setOnly(List.of("quickfix"));
        return session.server.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(), context))
                .get(30, TimeUnit.SECONDS).stream().map(Either::getRight).toList();
    }
}
