package dev.cgoguard.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixtures of the file kinds read beyond Makefiles, Dockerfiles and workflows, each positive and
 * negative, opened in the language server: every build file of the fixture gets the diagnostics its
 * {@code expected.json} lists for it (rule, line and severity as the editor shows it), no more and no fewer.
 */
class FileKindFixturesProtocolTest {
    private static final Path FIXTURES = Path.of("..", "tests", "fixtures").toAbsolutePath().normalize();
    private static final Map<String, DiagnosticSeverity> SEVERITIES = Map.of("error", DiagnosticSeverity.Error,
            "warning", DiagnosticSeverity.Warning, "info", DiagnosticSeverity.Information, "hint", DiagnosticSeverity.Hint);

    @TempDir
    Path scratch;

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            return dirs.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("(goreleaser|ko|promu|bake|gitlab-ci|taskfile|justfile|go-build-program|script"
                            + "|make-docker-run)-.*"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void theServerReportsWhatTheCommandLineReports(String fixture) throws Exception {
        Path root = copy(FIXTURES.resolve(fixture), scratch.resolve(fixture));
        JsonObject expected = JsonParser.parseString(Files.readString(root.resolve("expected.json"))).getAsJsonObject();
        List<Path> buildFiles;
        try (Stream<Path> files = Files.walk(root)) {
            buildFiles = files.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".go") || p.toString().contains("/build/"))
                    .filter(p -> !Set.of("go.mod", "expected.json").contains(p.getFileName().toString())).toList();
        }
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(root);
            for (Path file : buildFiles) {
                session.open(file, 1, Files.readString(file));
            }
            for (Path file : buildFiles) {
                String path = root.relativize(file).toString().replace('\\', '/');
                Set<String> wanted = new TreeSet<>();
                for (JsonElement element : expected.getAsJsonArray("findings")) {
                    JsonObject finding = element.getAsJsonObject();
                    if (finding.get("path").getAsString().equals(path)) {
                        String rule = finding.get("rule").getAsString();
                        // analysis-incomplete is info on the command line and a hint in the editor
                        DiagnosticSeverity severity = rule.equals("analysis-incomplete") && finding.get("severity").getAsString().equals("info")
                                ? DiagnosticSeverity.Hint : SEVERITIES.get(finding.get("severity").getAsString());
                        wanted.add(rule + " line " + (finding.get("line").getAsInt() - 1) + " " + severity);
                    }
                }
                String uri = LspTestSession.uri(file);
                try {
                    Poll.until(fixture + "/" + path + ": diagnostics " + wanted, () -> wanted.equals(seen(session.client.diagnosticsOf(uri))));
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + ", seen " + seen(session.client.diagnosticsOf(uri)), e);
                }
            }
        }
    }

    private static Set<String> seen(List<Diagnostic> diagnostics) {
        Set<String> seen = new TreeSet<>();
        for (Diagnostic d : diagnostics) {
            seen.add(d.getCode().getLeft() + " line " + d.getRange().getStart().getLine() + " " + d.getSeverity());
        }
        return seen;
    }

    private static Path copy(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
