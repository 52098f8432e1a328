package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.InlayHintWorkspaceCapabilities;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan summary as an inlay hint at the end of every go command, and the setting that turns it off. */
class InlayHintProtocolTest {
    private static final Range EVERYTHING = new Range(new Position(0, 0), new Position(100, 0));

    @TempDir
    Path root;

    private static List<InlayHint> hints(LspTestSession session, String uri) throws Exception {
        return session.server.getTextDocumentService()
                .inlayHint(new InlayHintParams(new TextDocumentIdentifier(uri), EVERYTHING)).get(30, TimeUnit.SECONDS);
    }

    @Test
    void everyGoCommandEndsWithItsPlanSummary() throws Exception {
        SampleProject.write(root);
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            InitializeResult result = session.initialize(root);
            assertEquals(Boolean.TRUE, result.getCapabilities().getInlayHintProvider().getLeft());
            String makefile = LspTestSession.uri(root.resolve("Makefile"));
            session.open(root.resolve("Makefile"), 1, SampleProject.MAKEFILE);
            List<InlayHint> hints = hints(session, makefile);
            String[] lines = SampleProject.MAKEFILE.split("\n");
            assertEquals(3, hints.size(), hints.toString());
            assertEquals(new Position(1, lines[1].length()), hints.get(0).getPosition());
            assertEquals("cgo on · external · static", hints.get(0).getLabel().getLeft());
            assertEquals(new Position(3, lines[3].length()), hints.get(1).getPosition());
            assertEquals("cgo off · internal · static", hints.get(1).getLabel().getLeft());
            assertTrue(hints.get(1).getTooltip().getRight().getValue().contains("- **cgo**: off — CGO_ENABLED=0"));

            List<InlayHint> docker = hints(session, LspTestSession.uri(root.resolve("Dockerfile")));
            assertEquals(1, docker.size(), docker.toString());
            assertEquals(3, docker.get(0).getPosition().getLine());
            assertTrue(docker.get(0).getLabel().getLeft().startsWith("cgo on · "), docker.toString());
            assertTrue(docker.get(0).getLabel().getLeft().endsWith(" glibc 2.36"), docker.toString());

            List<InlayHint> firstLines = session.server.getTextDocumentService().inlayHint(new InlayHintParams(
                    new TextDocumentIdentifier(makefile), new Range(new Position(0, 0), new Position(2, 0))))
                    .get(30, TimeUnit.SECONDS);
            assertEquals(1, firstLines.size(), "only the hints inside the requested range");
        }
    }

    @Test
    void aBuildThatFailsSaysSoInItsHintAndItsHover() throws Exception {
        Files.writeString(root.resolve("go.mod"), "module example.com/app\n\ngo 1.22\n");
        Files.writeString(root.resolve("main.go"), "package main\n\n// #include <stdlib.h>\nimport \"C\"\n\nfunc main() {}\n");
        String text = "build:\n\tCGO_ENABLED=0 go build -o app .\n";
        Files.writeString(root.resolve("Makefile"), text);
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(root);
            String makefile = LspTestSession.uri(root.resolve("Makefile"));
            session.open(root.resolve("Makefile"), 1, text);
            List<InlayHint> hints = hints(session, makefile);
            assertEquals(List.of("build fails: example.com/app needs cgo"),
                    hints.stream().map(h -> h.getLabel().getLeft()).toList());
            Hover hover = session.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(makefile),
                    new Position(1, 20))).get(30, TimeUnit.SECONDS);
            String markdown = hover.getContents().getRight().getValue();
            assertTrue(markdown.contains("**This build fails:** cgo is off (CGO_ENABLED=0), but example.com/app needs cgo"),
                    markdown);
            assertTrue(markdown.contains("- **binary**: none: the build fails"), markdown);
            assertFalse(markdown.contains("static"), markdown);
        }
    }

    @Test
    void theInlayHintsSettingTurnsThemOffAndOnAndTheClientIsToldToAskAgain() throws Exception {
        SampleProject.write(root);
        ClientCapabilities capabilities = LspTestSession.fullCapabilities();
        capabilities.getWorkspace().setInlayHint(new InlayHintWorkspaceCapabilities(true));
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(List.of(root), JsonParser.parseString("{\"cgoguard\": {\"inlayHints\": false}}"), capabilities);
            String makefile = LspTestSession.uri(root.resolve("Makefile"));
            assertEquals(List.of(), hints(session, makefile));

            int refreshes = session.client.inlayHintRefreshes.get();
            session.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                    JsonParser.parseString("{\"cgoguard\": {\"inlayHints\": true}}")));
            Poll.until("a refresh request", () -> session.client.inlayHintRefreshes.get() > refreshes);
            assertEquals(3, hints(session, makefile).size());
        }
    }
}
