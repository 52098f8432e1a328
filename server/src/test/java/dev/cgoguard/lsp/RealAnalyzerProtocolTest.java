package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
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
        }
    }
}
