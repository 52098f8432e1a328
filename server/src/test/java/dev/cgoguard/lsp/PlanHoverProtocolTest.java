package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hovers from the plans of the real analysis: a go command's plan, a flag's effect in this build, a FROM image's facts. */
class PlanHoverProtocolTest {
    @TempDir
    Path root;
    private LspTestSession session;
    private String makefile;
    private String dockerfile;

    @BeforeEach
    void start() throws Exception {
        SampleProject.write(root);
        session = new LspTestSession(LanguageServerSetup.production());
        session.initialize(root);
        makefile = LspTestSession.uri(root.resolve("Makefile"));
        dockerfile = LspTestSession.uri(root.resolve("Dockerfile"));
        session.open(root.resolve("Makefile"), 1, SampleProject.MAKEFILE);
        Poll.until("the Makefile's diagnostics", () -> !session.client.diagnosticsOf(makefile).isEmpty());
    }

    @org.junit.jupiter.api.AfterEach
    void stop() throws Exception {
        session.close();
    }

    private String hoverText(String uri, int line, int column) throws Exception {
        Hover hover = hover(uri, line, column);
        assertEquals(MarkupKind.MARKDOWN, hover.getContents().getRight().getKind());
        return hover.getContents().getRight().getValue();
    }

    private Hover hover(String uri, int line, int column) throws Exception {
        return session.server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(line, column))).get(30, TimeUnit.SECONDS);
    }

    @Test
    void onAGoCommandTheResolvedPlanWithItsReasons() throws Exception {
        String pure = hoverText(makefile, 3, SampleProject.MAKEFILE.split("\n")[3].indexOf("go build") + 1);
        assertTrue(pure.contains("`cgo off · internal · static`"), pure);
        assertTrue(pure.contains("- **cgo**: off — CGO_ENABLED=0"), pure);
        assertTrue(pure.contains("- **link**: internal — cgo is off"), pure);
        assertTrue(pure.contains("- **tags**: netgo"), pure);
        assertTrue(pure.contains("- **runs when**: always"), pure);
    }

    @Test
    void extldflagsOfAnInternalLinkHasNoEffect() throws Exception {
        String line = SampleProject.MAKEFILE.split("\n")[3];
        int column = line.indexOf("-extldflags") + 3;
        Hover hover = hover(makefile, 3, column);
        String text = hover.getContents().getRight().getValue();
        assertTrue(text.contains("reaches only the external linker; this build links internally (cgo is off"), text);
        assertTrue(text.contains("so it has no effect"), text);
        int redundantNetgo = text.indexOf("**cgoguard** `redundant-netgo`");
        assertTrue(redundantNetgo >= 0 && redundantNetgo < text.indexOf("`-extldflags`"), "the finding on the command first:\n" + text);
    }

    @Test
    void linkmodeSaysWhoLinksAndTheHoverCoversTheWord() throws Exception {
        String line = SampleProject.MAKEFILE.split("\n")[5];
        int start = line.indexOf("-linkmode");
        Hover hover = hover(makefile, 5, start + 4);
        String text = hover.getContents().getRight().getValue();
        assertTrue(text.startsWith("`-linkmode internal`: the Go linker writes the binary itself"), text);
        assertTrue(text.contains("This build: link internal — "), text);
        assertEquals(new Range(new Position(5, start), new Position(5, start + "-linkmode".length())), hover.getRange(), text);
    }

    @Test
    void extldflagsOfAnExternalStaticLinkComesWithTheFindingOnIt() throws Exception {
        String line = SampleProject.MAKEFILE.split("\n")[1];
        String text = hoverText(makefile, 1, line.indexOf("-extldflags") + 1);
        assertTrue(text.contains("passes `-static` to the external C linker, which links this build"), text);
        assertTrue(text.contains("`-static` links libc into the binary: static"), text);
        int finding = text.indexOf("**cgoguard** `static-glibc-nss`");
        assertTrue(finding >= 0 && finding < text.indexOf("passes `-static`"), "the finding first, then the flag:\n" + text);
    }

    @Test
    void cgoEnabledAndTagsSayWhatTheyDoHere() throws Exception {
        String line = SampleProject.MAKEFILE.split("\n")[3];
        String cgo = hoverText(makefile, 3, line.indexOf("CGO_ENABLED") + 2);
        assertTrue(cgo.contains("`CGO_ENABLED=0` — it switches cgo on (1) or off (0)"), cgo);
        assertTrue(cgo.contains("This build: cgo off — CGO_ENABLED=0"), cgo);
        String tags = hoverText(makefile, 3, line.indexOf("-tags") + 1);
        assertTrue(tags.contains("the build tags of this build: `netgo`"), tags);
        assertTrue(tags.contains("Go's own DNS resolver"), tags);
    }

    @Test
    void onAFromLineTheImageFacts() throws Exception {
        String alpine = hoverText(dockerfile, 4, 7);
        assertTrue(alpine.startsWith("**FROM `alpine:3.19`** · Alpine 3.19"), alpine);
        assertTrue(alpine.contains("- **libc**: musl 1.2.4"), alpine);
        assertTrue(alpine.contains("- **C compiler**: no"), alpine);
        assertTrue(alpine.contains("- **tzdata**: no"), alpine);
        assertTrue(alpine.contains("- **CA certificates**: yes"), alpine);
        String golang = hoverText(dockerfile, 0, 8);
        assertTrue(golang.contains("- **libc**: glibc 2.36"), golang);
        assertTrue(golang.contains("- **Go**: 1.22"), golang);
        assertTrue(golang.contains("- **C compiler**: yes"), golang);
    }

    @Test
    void theGoCommandOfADockerfileRunLineHasItsPlanWithBothImages() throws Exception {
        String text = hoverText(dockerfile, 3, 6);
        assertTrue(text.contains("- **built in**: stage 0 \"build\" (golang:1.22): glibc 2.36, a C compiler, Go 1.22"), text);
        assertTrue(text.contains("- **runs in**: stage 1 (alpine:3.19): musl 1.2.4"), text);
    }
}
