package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an edit publishes: a document whose findings are the same as before gets nothing, and one
 * whose findings changed anywhere — in a place they point at in another file too — gets them again.
 */
class RepublishProtocolTest {
    private static final String MAIN_GO = "package main\n\n// #include <stdlib.h>\nimport \"C\"\n\nimport (\n\t\"fmt\"\n\t\"net\"\n"
            + "\t\"os/user\"\n)\n\nfunc main() {\n\taddrs, _ := net.LookupHost(\"example.com\")\n\tu, _ := user.Current()\n"
            + "\tfmt.Println(addrs, u)\n}\n";
    private static final String STATIC_BUILD = "RUN go build -ldflags '-extldflags \"-static\"' -o /out/app .";
    private static final String APP = "FROM golang:1.27 AS build\nWORKDIR /src\nCOPY . .\n" + STATIC_BUILD
            + "\n\nFROM debian:trixie-slim\nCOPY --from=build /out/app /app\n";
    private static final String TOOL = "FROM golang:1.27\nWORKDIR /src\nCOPY . .\nRUN go build -a -o /tool .\n";
    /** The line of {@code "net"} in main.go. */
    private static final int NET_IMPORT = 7;

    @TempDir
    Path root;

    @Test
    void anEditOfAnotherFileThatMovesWhatAFindingPointsAtPublishesThatFindingAgainAndNothingForTheUntouchedFile()
            throws Exception {
        new TestProject(root).goMod("1.27").file("main.go", MAIN_GO).file("Dockerfile", APP).file("tool/Dockerfile", TOOL);
        Path app = root.resolve("Dockerfile");
        Path tool = root.resolve("tool/Dockerfile");
        Path main = root.resolve("main.go");
        String appUri = LspTestSession.uri(app);
        String toolUri = LspTestSession.uri(tool);
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(root);
            session.open(app, 1, APP);
            session.open(tool, 1, TOOL);
            session.open(main, 1, MAIN_GO);
            Poll.until("the tool's obsolete -a", () -> session.client.diagnosticsOf(toolUri).stream()
                    .anyMatch(d -> "obsolete-build-flag".equals(d.getCode().getLeft())));
            Diagnostic before = Poll.value("the static glibc finding pointing at the net import", () -> nss(session, appUri),
                    d -> d != null && importLines(d).contains(NET_IMPORT));

            // two lines above the imports: the finding stays where it is, the import it points at moves
            int seen = session.client.publishes.size();
            session.edit(main, 2, new Range(new Position(1, 0), new Position(1, 0)), "// the command\n\n");
            Diagnostic after = Poll.value("the finding pointing at the net import two lines further down",
                    () -> nss(session, appUri), d -> d != null && importLines(d).contains(NET_IMPORT + 2));
            assertEquals(before.getRange(), after.getRange());
            assertEquals(before.getMessage(), after.getMessage());
            session.edit(app, 2, new Range(new Position(0, 0), new Position(0, 0)), "# the app\n");
            Poll.value("the finding one line further down", () -> nss(session, appUri),
                    d -> d != null && d.getRange().getStart().getLine() == before.getRange().getStart().getLine() + 1);
            List<String> published = session.client.publishes.subList(seen, session.client.publishes.size()).stream()
                    .map(PublishDiagnosticsParams::getUri).toList();
            assertEquals(List.of(appUri, appUri), published, "the app's Dockerfile after each edit, the tool's never");
            assertTrue(session.client.diagnosticsOf(toolUri).stream()
                    .anyMatch(d -> "obsolete-build-flag".equals(d.getCode().getLeft())));
        }
    }

    private static Diagnostic nss(LspTestSession session, String uri) {
        return session.client.diagnosticsOf(uri).stream().filter(d -> "static-glibc-nss".equals(d.getCode().getLeft()))
                .findFirst().orElse(null);
    }

    private static List<Integer> importLines(Diagnostic diagnostic) {
        List<DiagnosticRelatedInformation> related = diagnostic.getRelatedInformation() == null ? List.of()
                : diagnostic.getRelatedInformation();
        return related.stream().filter(r -> r.getLocation().getUri().endsWith("/main.go"))
                .map(r -> r.getLocation().getRange().getStart().getLine()).toList();
    }
}
