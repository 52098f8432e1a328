package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A GoReleaser configuration opened in the editor: its build's diagnostic, the YAML fix, the hover and the inlay hint. */
class ReleaseConfigProtocolTest {
    private static final String CONFIG = """
            version: 2

            builds:
              - id: app
                main: ./cmd/app
                goos: [linux]
                goarch: [amd64]
                ldflags:
                  - -s -w
            dockers_v2:
              - images: [example/app]
                dockerfile: Dockerfile.release
                platforms: [linux/amd64]
            """;

    @TempDir
    Path root;

    @Test
    void aGoReleaserBuildCopiedIntoScratchIsReportedOnItsEntryAndItsFixSetsCgoOffInTheYaml() throws Exception {
        Files.writeString(root.resolve("go.mod"), "module example.com/app\n\ngo 1.22\n");
        Files.createDirectories(root.resolve("cmd/app"));
        Files.writeString(root.resolve("cmd/app/main.go"), "package main\n\nimport \"net\"\n\nfunc main() { net.LookupHost(\"x\") }\n");
        Files.writeString(root.resolve("Dockerfile.release"), "FROM scratch\nARG TARGETPLATFORM\nCOPY $TARGETPLATFORM/app /app\n");
        Path config = root.resolve(".goreleaser.yaml");
        Files.writeString(config, CONFIG);

        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(root);
            String uri = LspTestSession.uri(config);
            session.open(config, 1, CONFIG);
            List<Diagnostic> diagnostics = Poll.value("the runtime-libc-mismatch diagnostic on the GoReleaser build",
                    () -> session.client.diagnosticsOf(uri),
                    list -> list.stream().anyMatch(d -> "runtime-libc-mismatch".equals(d.getCode().getLeft())));
            Diagnostic mismatch = diagnostics.stream()
                    .filter(d -> "runtime-libc-mismatch".equals(d.getCode().getLeft())).findFirst().orElseThrow();
            assertEquals(3, mismatch.getRange().getStart().getLine(), "on the build's entry");
            assertEquals(DiagnosticSeverity.Error, mismatch.getSeverity());
            assertTrue(mismatch.getMessage().getLeft().contains("scratch"), mismatch.getMessage().getLeft());

            Hover hover = session.server.getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(3, 6))).get(30, TimeUnit.SECONDS);
            String markdown = hover.getContents().getRight().getValue();
            assertTrue(markdown.contains("cgo on"), markdown);
            assertTrue(markdown.contains("stage 0 (scratch)"), markdown);

            List<InlayHint> hints = session.server.getTextDocumentService().inlayHint(new InlayHintParams(
                    new TextDocumentIdentifier(uri), new Range(new Position(0, 0), new Position(14, 0)))).get(30, TimeUnit.SECONDS);
            assertTrue(hints.stream().anyMatch(h -> h.getPosition().getLine() == 3
                    && h.getLabel().getLeft().contains("cgo on")), String.valueOf(hints));

            CodeActionContext context = new CodeActionContext(List.of(mismatch));
            context.setOnly(List.of("quickfix"));
            List<CodeAction> actions = session.server.getTextDocumentService()
                    .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), mismatch.getRange(), context))
                    .get(30, TimeUnit.SECONDS).stream().map(Either::getRight).toList();
            CodeAction preferred = actions.stream().filter(a -> Boolean.TRUE.equals(a.getIsPreferred())).findFirst()
                    .orElseThrow(() -> new AssertionError("no preferred fix among " + actions));
            TextDocumentEdit edit = preferred.getEdit().getDocumentChanges().get(0).getLeft();
            String fixed = FeaturesProtocolTest.apply(CONFIG, edit.getEdits().stream().map(Either::getLeft).toList());
            assertEquals(CONFIG.replace("      - -s -w\n", "      - -s -w\n    env:\n      - CGO_ENABLED=0\n"), fixed);
            session.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, 2), List.of(new TextDocumentContentChangeEvent(fixed))));
            Poll.until("no runtime-libc-mismatch after the fix", () -> session.client.diagnosticsOf(uri).stream()
                    .noneMatch(d -> "runtime-libc-mismatch".equals(d.getCode().getLeft())));
        }
    }

    private static final String STATIC_CONFIG = """
            version: 2

            builds:
              - id: app
                main: ./cmd/app
                env:
                  - CGO_ENABLED=1
                goos: [linux]
                goarch: [amd64]
                ldflags:
                  - -s -w -linkmode external -extldflags "-static"
            """;

    @Test
    void aStaticGlibcBuildOffersTheThreeRemediesAsYamlEditsAndTheDynamicOneClearsIt() throws Exception {
        Files.writeString(root.resolve("go.mod"), "module example.com/app\n\ngo 1.22\n");
        Files.createDirectories(root.resolve("cmd/app"));
        Files.writeString(root.resolve("cmd/app/main.go"),
                "package main\n\nimport (\n\t\"net\"\n\t\"os/user\"\n)\n\nfunc main() { net.LookupHost(\"x\"); user.Current() }\n");
        Path config = root.resolve(".goreleaser.yaml");
        Files.writeString(config, STATIC_CONFIG);

        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(root);
            String uri = LspTestSession.uri(config);
            session.open(config, 1, STATIC_CONFIG);
            List<Diagnostic> diagnostics = Poll.value("the static-glibc-nss diagnostic on the GoReleaser build",
                    () -> session.client.diagnosticsOf(uri),
                    list -> list.stream().anyMatch(d -> "static-glibc-nss".equals(d.getCode().getLeft())));
            Diagnostic nss = diagnostics.stream().filter(d -> "static-glibc-nss".equals(d.getCode().getLeft())).findFirst().orElseThrow();
            assertEquals(3, nss.getRange().getStart().getLine(), "on the build's entry");

            CodeActionContext context = new CodeActionContext(List.of(nss));
            context.setOnly(List.of("quickfix"));
            List<CodeAction> actions = session.server.getTextDocumentService()
                    .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), nss.getRange(), context))
                    .get(30, TimeUnit.SECONDS).stream().map(Either::getRight).toList();
            List<String> titles = actions.stream().map(CodeAction::getTitle).toList();
            assertTrue(titles.stream().anyMatch(t -> t.startsWith("Build with -tags netgo,osusergo")), String.valueOf(titles));
            assertTrue(titles.stream().anyMatch(t -> t.startsWith("Link with musl: CC=musl-gcc")), String.valueOf(titles));
            CodeAction musl = actions.stream().filter(a -> a.getTitle().startsWith("Link with musl")).findFirst().orElseThrow();
            assertEquals(STATIC_CONFIG.replace("      - CGO_ENABLED=1\n", "      - CGO_ENABLED=1\n      - CC=musl-gcc\n"),
                    FeaturesProtocolTest.apply(STATIC_CONFIG, musl.getEdit().getDocumentChanges().get(0).getLeft().getEdits().stream()
                            .map(Either::getLeft).toList()));
            CodeAction dynamic = actions.stream().filter(a -> a.getTitle().startsWith("Link glibc dynamically")).findFirst()
                    .orElseThrow(() -> new AssertionError("no dynamic glibc fix among " + titles));
            String fixed = FeaturesProtocolTest.apply(STATIC_CONFIG, dynamic.getEdit().getDocumentChanges().get(0).getLeft().getEdits()
                    .stream().map(Either::getLeft).toList());
            assertEquals(STATIC_CONFIG.replace(" -extldflags \"-static\"", ""), fixed);
            session.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, 2), List.of(new TextDocumentContentChangeEvent(fixed))));
            Poll.until("no static-glibc-nss after the fix", () -> session.client.diagnosticsOf(uri).stream()
                    .noneMatch(d -> "static-glibc-nss".equals(d.getCode().getLeft())));
        }
    }
}
