package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production setup end to end: the core's Analyzer behind the protocol, on a workspace on disk. */
class RealAnalyzerProtocolTest {
    @TempDir
    Path root;

    @Test
    void aStaticGlibcLinkOfAPackageWithNssLookupsIsReportedOnTheMakefileLine() throws Exception {
        Files.writeString(root.resolve("go.mod"), "module example.com/app\n\ngo 1.22\n");
        Files.writeString(root.resolve("main.go"), """
                package main

                // #include <stdlib.h>
                import "C"

                import (
                	"fmt"
                	"net"
                	"os/user"
                )

                func main() {
                	addrs, _ := net.LookupHost("example.com")
                	u, _ := user.Current()
                	fmt.Println(addrs, u)
                }
                """);
        Path makefile = root.resolve("Makefile");
        Files.writeString(makefile, "run:\n\tgo run -ldflags '-extldflags \"-static\"' main.go\n");

        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(root);
            String uri = LspTestSession.uri(makefile);
            List<Diagnostic> diagnostics = Poll.value("the static-glibc-nss diagnostic on the Makefile",
                    () -> session.client.diagnosticsOf(uri),
                    list -> list.stream().anyMatch(d -> "static-glibc-nss".equals(d.getCode().getLeft())));
            Diagnostic nss = diagnostics.stream()
                    .filter(d -> "static-glibc-nss".equals(d.getCode().getLeft())).findFirst().orElseThrow();
            assertEquals(1, nss.getRange().getStart().getLine());
            assertEquals(DiagnosticSeverity.Error, nss.getSeverity());
            assertEquals("cgoguard", nss.getSource());

            // the preferred quick fix, applied as an editor would, removes the hazard
            String text = Files.readString(makefile);
            session.open(makefile, 1, text);
            CodeActionContext context = new CodeActionContext(List.of(nss));
            context.setOnly(List.of("quickfix"));
            List<CodeAction> actions = session.server.getTextDocumentService()
                    .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), nss.getRange(), context))
                    .get(30, TimeUnit.SECONDS).stream().map(Either::getRight).toList();
            CodeAction preferred = actions.stream().filter(a -> Boolean.TRUE.equals(a.getIsPreferred())).findFirst()
                    .orElseThrow(() -> new AssertionError("no preferred fix among " + actions));
            TextDocumentEdit edit = preferred.getEdit().getDocumentChanges().get(0).getLeft();
            assertEquals(1, edit.getTextDocument().getVersion());
            String fixed = FeaturesProtocolTest.apply(text, edit.getEdits().stream().map(Either::getLeft).toList());
            session.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, 2), List.of(new TextDocumentContentChangeEvent(fixed))));
            Poll.until("no static-glibc-nss after the fix in:\n" + fixed, () -> session.client.diagnosticsOf(uri).stream()
                    .noneMatch(d -> "static-glibc-nss".equals(d.getCode().getLeft())));
        }
    }

    @Test
    void aFolderOverTheFileLimitIsShownToTheUserAndRaisingTheLimitAnalysesIt() throws Exception {
        Files.writeString(root.resolve("go.mod"), "module example.com/app\n\ngo 1.22\n");
        Files.writeString(root.resolve("main.go"), "package main\n\nimport \"os/user\"\n\nfunc main() { user.Current() }\n");
        Path makefile = root.resolve("Makefile");
        Files.writeString(makefile, "run:\n\tgo build -ldflags '-linkmode external -extldflags \"-static\"' .\n");
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(List.of(root), java.util.Map.of("maxFiles", 2), LspTestSession.fullCapabilities());
            Poll.until("the limit shown to the user", () -> session.client.shown.stream()
                    .anyMatch(m -> m.getMessage().contains("more than 2 files") && m.getMessage().contains("cgoguard.maxFiles")));
            assertEquals(List.of(), session.client.diagnosticsOf(LspTestSession.uri(makefile)));

            session.server.getWorkspaceService().didChangeConfiguration(new org.eclipse.lsp4j.DidChangeConfigurationParams(
                    java.util.Map.of("cgoguard", java.util.Map.of("maxFiles", 3))));
            Poll.until("the folder analysed under the raised limit", () -> session.client.diagnosticsOf(LspTestSession.uri(makefile))
                    .stream().anyMatch(d -> "static-glibc-nss".equals(d.getCode().getLeft())));
        }
    }
}
