package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.cgoguard.testing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user sees on a static-glibc-nss diagnostic in the editor, whichever file the build is
 * written in: the quick fixes of its three remedies (the tags first and preferred, musl, glibc linked
 * dynamically; a Dockerfile on a golang image adds the Alpine variant of musl), then the ignore action.
 */
class StaticGlibcQuickFixProtocolTest {
    private static final String STATIC = "go build -ldflags '-extldflags \"-static\"' -o app .";
    /** A cgo package (so the link is external) that resolves host names and looks up users. */
    private static final String MAIN_GO = "package main\n\n// #include <stdlib.h>\nimport \"C\"\n\nimport (\n\t\"fmt\"\n\t\"net\"\n"
            + "\t\"os/user\"\n)\n\nfunc main() {\n\taddrs, _ := net.LookupHost(\"example.com\")\n\tu, _ := user.Current()\n"
            + "\tfmt.Println(addrs, u)\n}\n";
    private static final String TAGS = "Build with -tags netgo,osusergo (Go's own resolver and user lookups)";
    private static final String IGNORE = "Ignore static-glibc-nss here (a cgoguard:ignore comment)";

    @TempDir
    Path root;

    private void writeProject() {
        new TestProject(root).goMod("1.27").file("main.go", MAIN_GO)
                .file("Makefile", "build:\n\t" + STATIC + "\n")
                .file("scripts/build.sh", "#!/bin/sh\nset -e\n" + STATIC + "\n")
                .file("Dockerfile", "FROM golang:1.27 AS build\nWORKDIR /src\nCOPY . .\nRUN " + STATIC.replace("-o app", "-o /out/app")
                        + "\n\nFROM debian:trixie-slim\nCOPY --from=build /out/app /app\n")
                .file(".github/workflows/release.yml", "on: push\njobs:\n  build:\n    runs-on: ubuntu-24.04\n    steps:\n"
                        + "      - uses: actions/checkout@v4\n      - uses: actions/setup-go@v5\n        with:\n"
                        + "          go-version: '1.27'\n      - run: " + STATIC + "\n");
    }

    @Test
    void inAMakefileAScriptADockerfileAndAWorkflowTheThreeRemediesAreOfferedTheTagsFirstAndPreferredThenTheIgnoreAction()
            throws Exception {
        writeProject();
        Map<String, List<String>> expected = Map.of(
                "Makefile", List.of(TAGS,
                        "Link with musl: CC=musl-gcc (needs musl-gcc on the build host: Debian's and Ubuntu's musl-tools)",
                        "Link glibc dynamically: remove -static (the binary then needs a glibc at least as new as the build's where it runs)",
                        IGNORE),
                "scripts/build.sh", List.of(TAGS,
                        "Link with musl: CC=musl-gcc (needs musl-gcc on the build host: Debian's and Ubuntu's musl-tools)",
                        "Link glibc dynamically: remove -static (the binary then needs a glibc at least as new as the build's where it runs)",
                        IGNORE),
                "Dockerfile", List.of(TAGS,
                        "Link with musl: CC=musl-gcc, with musl-tools installed in the build stage",
                        "Link with musl: build on golang:1.27-alpine with build-base",
                        "Link glibc dynamically: remove -static (stage 1 (debian:trixie-slim) has glibc 2.41, as the binary needs)",
                        IGNORE),
                ".github/workflows/release.yml", List.of(TAGS,
                        "Link with musl: CC=musl-gcc, with a step before it that installs musl-tools",
                        "Link glibc dynamically: remove -static (the binary then needs glibc 2.39 or newer where it runs)",
                        IGNORE));
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(root);
            for (Map.Entry<String, List<String>> file : expected.entrySet()) {
                String uri = LspTestSession.uri(root.resolve(file.getKey()));
                Diagnostic nss = diagnostic(session, uri);
                List<CodeAction> actions = quickFixes(session, uri, nss);
                List<CodeAction> forNss = actions.stream().filter(a -> a.getDiagnostics().contains(nss)).toList();
                assertEquals(file.getValue(), forNss.stream().map(CodeAction::getTitle).toList(), file.getKey());
                assertEquals(TAGS, actions.get(0).getTitle(), file.getKey() + ": the diagnostic asked about comes first");
                assertEquals(List.of(TAGS), forNss.stream().filter(a -> Boolean.TRUE.equals(a.getIsPreferred()))
                        .map(CodeAction::getTitle).toList(), file.getKey() + ": one preferred fix, the tags");
            }
        }
    }

    @Test
    void eachRemedyAppliedAsTheEditorAppliesItRemovesTheDiagnostic() throws Exception {
        writeProject();
        Path makefile = root.resolve("Makefile");
        String uri = LspTestSession.uri(makefile);
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(root);
            String text = Files.readString(makefile);
            session.open(makefile, 1, text);
            int version = 1;
            for (String title : List.of("Link with musl", "Link glibc dynamically", "Build with -tags")) {
                Diagnostic nss = diagnostic(session, uri);
                CodeAction action = quickFixes(session, uri, nss).stream().filter(a -> a.getTitle().startsWith(title)).findFirst()
                        .orElseThrow(() -> new AssertionError("no '" + title + "' action"));
                TextDocumentEdit edit = action.getEdit().getDocumentChanges().get(0).getLeft();
                String fixed = FeaturesProtocolTest.apply(text, edit.getEdits().stream().map(Either::getLeft).toList());
                session.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, ++version), List.of(new TextDocumentContentChangeEvent(fixed))));
                Poll.until("no static-glibc-nss after '" + title + "' in:\n" + fixed, () -> session.client.diagnosticsOf(uri).stream()
                        .noneMatch(d -> "static-glibc-nss".equals(d.getCode().getLeft())));
                session.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, ++version), List.of(new TextDocumentContentChangeEvent(text))));
            }
        }
    }

    @Test
    void aTeamThatNeedsCgosResolverMakesDynamicGlibcItsPreferredFixInTheEditorsSettings() throws Exception {
        writeProject();
        String uri = LspTestSession.uri(root.resolve("Makefile"));
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(List.of(root), JsonParser.parseString("{\"fixes\": {\"static-glibc-nss\": \"dynamic\"}}"),
                    LspTestSession.fullCapabilities());
            List<CodeAction> actions = quickFixes(session, uri, diagnostic(session, uri));
            assertTrue(actions.get(0).getTitle().startsWith("Link glibc dynamically"), actions.get(0).getTitle());
            assertEquals(Boolean.TRUE, actions.get(0).getIsPreferred());
            assertEquals(1, actions.stream().filter(a -> Boolean.TRUE.equals(a.getIsPreferred())).count());
        }
    }

    private static Diagnostic diagnostic(LspTestSession session, String uri) {
        return Poll.value("a static-glibc-nss diagnostic on " + uri, () -> session.client.diagnosticsOf(uri),
                list -> list.stream().anyMatch(d -> "static-glibc-nss".equals(d.getCode().getLeft())))
                .stream().filter(d -> "static-glibc-nss".equals(d.getCode().getLeft())).findFirst().orElseThrow();
    }

    private static List<CodeAction> quickFixes(LspTestSession session, String uri, Diagnostic diagnostic) throws Exception {
        CodeActionContext context = new CodeActionContext(List.of(diagnostic));
        context.setOnly(List.of("quickfix"));
        return session.server.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(), context))
                .get(30, TimeUnit.SECONDS).stream().map(Either::getRight).toList();
    }
}
