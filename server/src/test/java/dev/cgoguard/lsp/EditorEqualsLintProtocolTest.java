package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.cgoguard.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The editor publishes exactly what {@code cgoguard lint} reports on the same folder with the same
 * settings (its {@code .cgoguard.yaml}): the same findings, at the same places, with the same
 * severity and the same words, on the projects that exercise the certainty policy, the host model,
 * third-party build files, Make's conditions and recursion, de-duplication, and the related places
 * (capped at the few most telling, then "and N more"), each with its words.
 */
class EditorEqualsLintProtocolTest {
    private static final Path FIXTURES = Path.of("..", "tests", "fixtures").toAbsolutePath().normalize();

    @TempDir
    Path scratch;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"make-call-recursion-never-stops", "make-call-recursion-stops-on-if",
            "vendored-dockerfile-not-planned", "vendored-dockerfile-included", "root-dockerfile-cgo-off-reported",
            "nested-module-dockerfile-own-context", "host-uname-native-arm64-branch", "host-uname-cross-from-amd64",
            "host-setting-arm64-native", "make-host-os-branches-cross", "make-host-os-branches-with-cc",
            "make-static-only-when-flag", "extldflags-unresolved-import", "extldflags-pure-go-resolved",
            "pie-external-static-nss", "pie-external-dynamic", "gopath-vendor-static-without-osusergo",
            "gopath-vendor-static-netgo-osusergo", "make-foreach-eval-one-finding", "workflow-go-version-once-per-setup",
            "cgo-cross-arm64-fallback", "make-include-static-conditional", "related-places-capped", "related-places-all-shown",
            "script-clone-of-workspace-static", "script-clone-not-reported", "script-source-bundle-static",
            "script-source-bundle-osusergo"})
    void theEditorPublishesWhatLintReports(String fixture) throws Exception {
        Path root = copy(fixture);
        Set<String> lint = lint(root);
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            ClientCapabilities capabilities = LspTestSession.fullCapabilities();
            WindowClientCapabilities window = new WindowClientCapabilities();
            window.setWorkDoneProgress(true);
            capabilities.setWindow(window);
            session.initialize(List.of(root), null, capabilities);
            Poll.until("the end of the first analysis", () -> session.client.progress.stream()
                    .anyMatch(p -> p.getValue().getLeft() instanceof WorkDoneProgressEnd));
            Poll.until(fixture + ": the editor publishes " + lint.size() + " diagnostics",
                    () -> published(session, root).size() >= lint.size());
            assertEquals(lint, published(session, root));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"related-places-capped", "related-places-all-shown"})
    void theEditorShowsTheFewMostTellingRelatedPlacesThenHowManyMore(String fixture) throws Exception {
        Path root = copy(fixture);
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(List.of(root), null, LspTestSession.fullCapabilities());
            Poll.until(fixture + ": the editor publishes the finding of the Makefile",
                    () -> session.client.diagnostics.entrySet().stream().anyMatch(e -> e.getKey().endsWith("/Makefile")
                            && !e.getValue().isEmpty()));
            Diagnostic finding = session.client.diagnostics.entrySet().stream().filter(e -> e.getKey().endsWith("/Makefile"))
                    .findFirst().orElseThrow().getValue().get(0);
            List<DiagnosticRelatedInformation> related = finding.getRelatedInformation();
            assertEquals(8, related.size(), fixture + ": related places shown");
            String last = related.get(related.size() - 1).getMessage();
            if (fixture.equals("related-places-capped")) {
                assertTrue(last.endsWith("; and 3 more places like these"), last);
            } else {
                assertTrue(related.stream().noneMatch(r -> r.getMessage().contains("more place")), related.toString());
            }
        }
    }

    /** "path:line:column severity rule: message", then " | path:line message" of each related place, of every diagnostic the client holds. */
    private static Set<String> published(LspTestSession session, Path root) {
        Set<String> found = new TreeSet<>();
        session.client.diagnostics.forEach((uri, diagnostics) -> {
            String path = root.toUri().relativize(java.net.URI.create(uri)).getPath();
            for (Diagnostic d : diagnostics) {
                String severity = switch (d.getSeverity()) {
                    case Error -> "error";
                    case Warning -> "warning";
                    case Information -> "info";
                    case Hint -> "hint";
                };
                StringBuilder related = new StringBuilder();
                if (d.getRelatedInformation() != null) {
                    for (DiagnosticRelatedInformation r : d.getRelatedInformation()) {
                        related.append(" | ").append(root.toUri().relativize(java.net.URI.create(r.getLocation().getUri())).getPath())
                                .append(':').append(r.getLocation().getRange().getStart().getLine() + 1).append(' ').append(r.getMessage());
                    }
                }
                found.add(path + ":" + (d.getRange().getStart().getLine() + 1) + ":" + (d.getRange().getStart().getCharacter() + 1)
                        + " " + severity + " " + d.getCode().getLeft() + ": " + d.getMessage().getLeft() + related);
            }
        });
        return found;
    }

    /** The same, from {@code cgoguard lint --format json} on the folder. */
    private static Set<String> lint(Path root) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), "lint", "--format", "json", root.toString());
        assertTrue(exit == 0 || exit == 1, err.toString());
        Set<String> found = new TreeSet<>();
        for (JsonElement e : JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("findings")) {
            JsonObject f = e.getAsJsonObject();
            StringBuilder related = new StringBuilder();
            for (JsonElement r : f.getAsJsonArray("related")) {
                JsonObject place = r.getAsJsonObject();
                related.append(" | ").append(place.get("path").getAsString()).append(':').append(place.get("line").getAsInt())
                        .append(' ').append(place.get("message").getAsString());
            }
            found.add(f.get("path").getAsString() + ":" + f.get("line").getAsInt() + ":" + f.get("column").getAsInt() + " "
                    + f.get("severity").getAsString() + " " + f.get("rule").getAsString() + ": " + f.get("message").getAsString()
                    + related);
        }
        return found;
    }

    private Path copy(String fixture) throws IOException {
        Path from = FIXTURES.resolve(fixture);
        Path to = scratch.resolve(fixture);
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                Path target = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else if (!source.getFileName().toString().equals("expected.json")) {
                        Files.copy(source, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}
