package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
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
        TestProject.write(root);
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            InitializeResult result = session.initialize(root);
            assertEquals(Boolean.TRUE, result.getCapabilities().getInlayHintProvider().getLeft());
            String makefile = LspTestSession.uri(root.resolve("Makefile"));
            session.open(root.resolve("Makefile"), 1, TestProject.MAKEFILE);
            List<InlayHint> hints = hints(session, makefile);
            String[] lines = TestProject.MAKEFILE.split("\n");
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
    void theInlayHintsSettingTurnsThemOffAndOnAndTheClientIsToldToAskAgain() throws Exception {
        TestProject.write(root);
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
