package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.cgoguard.cli.Main;
import dev.cgoguard.testing.TestProject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor obeys the workspace's {@code .cgoguard.yaml} as the command line does: a rule turned
 * off and a folder excluded there change what the server publishes, and the published findings are
 * those {@code cgoguard lint} reports.
 */
class SettingsFileProtocolTest {
    @TempDir
    Path root;

    @Test
    void aSettingsFileThatTurnsARuleOffAndExcludesAFolderChangesThePublishedDiagnosticsAsInTheCli() throws Exception {
        new TestProject(root).goMod("1.22")
                .file("main.go", "package main\n\nimport (\n\t\"net\"\n\t\"os/user\"\n)\n\n"
                        + "func main() {\n\tnet.LookupHost(\"example.com\")\n\tuser.Current()\n}\n")
                .file("Makefile", "build:\n\tgo build -a -ldflags '-extldflags \"-static\"' -o app .\n")
                .file("tools/tool/Makefile", "tool:\n\tCGO_ENABLED=0 go build -tags netgo ../..\n");
        Path tool = root.resolve("tools/tool");
        Set<String> before = Set.of("Makefile:2 obsolete-build-flag", "Makefile:2 ineffective-extldflags",
                "tools/tool/Makefile:2 redundant-netgo");
        Set<String> after = Set.of("Makefile:2 ineffective-extldflags");

        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(root);
            Poll.until("the findings without a settings file: " + before, () -> published(session).equals(before));
            assertEquals(before, cli());

            Path settings = root.resolve(".cgoguard.yaml");
            Files.writeString(settings, "rules:\n  obsolete-build-flag: off\nexclude: [tools/**]\n");
            session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                    List.of(new FileEvent(LspTestSession.uri(settings), FileChangeType.Created))));
            Poll.until("the findings under the settings file: " + after, () -> published(session).equals(after));
            assertEquals(after, cli());
            assertTrue(session.client.diagnosticsOf(LspTestSession.uri(tool.resolve("Makefile"))).isEmpty(),
                    "the excluded folder's diagnostics are cleared");

            Files.writeString(settings, "rulez: {}\n");
            session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                    List.of(new FileEvent(LspTestSession.uri(settings), FileChangeType.Changed))));
            Poll.until("a settings file with a problem is reported in the command line's words", () -> session.client
                    .logged(".cgoguard.yaml:1:1: unknown key 'rulez' (known: rules, fixes, build-args, make-vars, exclude, target, host, include-third-party, go-sources); the settings file is not applied until this is fixed"));
            Poll.until("a settings file with a problem is not applied", () -> published(session).equals(before));
        }
    }

    /** "path:line rule" of every diagnostic the client holds. */
    private Set<String> published(LspTestSession session) {
        Set<String> found = new TreeSet<>();
        session.client.diagnostics.forEach((uri, diagnostics) -> {
            String path = root.toUri().relativize(java.net.URI.create(uri)).getPath();
            for (Diagnostic d : diagnostics) {
                found.add(path + ":" + (d.getRange().getStart().getLine() + 1) + " " + d.getCode().getLeft());
            }
        });
        return found;
    }

    /** "path:line rule" of every finding {@code cgoguard lint} reports on the same folder. */
    private Set<String> cli() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), "lint", "--format", "json", root.toString());
        assertTrue(exit == 0 || exit == 1, err.toString());
        List<String> found = new ArrayList<>();
        for (JsonElement f : JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("findings")) {
            var finding = f.getAsJsonObject();
            found.add(finding.get("path").getAsString() + ":" + finding.get("line").getAsInt() + " "
                    + finding.get("rule").getAsString());
        }
        return new TreeSet<>(found);
    }
}
