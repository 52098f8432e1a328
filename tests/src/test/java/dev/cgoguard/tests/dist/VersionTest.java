package dev.cgoguard.tests.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * One version everywhere: the Maven project's is the jar's, the launcher's, the archives', the
 * extension's, the Action's default and every version the README names.
 */
class VersionTest {
    private static final Pattern README_VERSIONS = Pattern.compile(
            "rev: v(\\S+)|cgoguard/cgoguard@v(\\S+)|releases/download/v([^/]+)/|cgoguard-(\\d+\\.\\d+\\.\\d+[^\\s/\\\\`]*?)(?:\\.vsix|\\.zip|-linux|/)|`version` \\| `([^`]+)`");

    @TempDir
    Path scratch;

    @Test
    void everyPlaceNamesTheProjectsVersion() throws Exception {
        String version = Distribution.version();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+"), "a release version, no -SNAPSHOT: " + version);
        Path repository = Distribution.repository();

        String extension = JsonParser.parseString(Files.readString(repository.resolve("vscode-extension/package.json")))
                .getAsJsonObject().get("version").getAsString();
        assertEquals(version, extension, "vscode-extension/package.json");

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Map<String, Object>>> action = (Map<String, Map<String, Map<String, Object>>>)
                new Load(LoadSettings.builder().build()).loadFromString(Files.readString(repository.resolve("action.yml")));
        assertEquals(version, String.valueOf(action.get("inputs").get("version").get("default")), "action.yml's version input");

        String readme = Files.readString(repository.resolve("README.md"));
        Matcher m = README_VERSIONS.matcher(readme);
        int named = 0;
        while (m.find()) {
            for (int group = 1; group <= m.groupCount(); group++) {
                if (m.group(group) != null) {
                    assertEquals(version, m.group(group), "the README at: " + m.group());
                    named++;
                }
            }
        }
        assertTrue(named >= 8, "the README names the version in its snippets: " + named);

        Command jar = Command.inherit(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Distribution.serverTarget().resolve("cgoguard.jar").toString(), "--version"), scratch, Map.of(), 60);
        assertTrue(jar.out().startsWith("cgoguard " + version + " (commit "), jar.out());
        Command launcher = Command.inherit(List.of(Distribution.serverTarget().resolve("dist/bin/cgoguard").toString(), "--version"),
                scratch, Map.of("JAVA_HOME", System.getProperty("java.home")), 60);
        assertEquals(jar.out(), launcher.out());
        assertTrue(Files.isRegularFile(Distribution.serverTarget().resolve("cgoguard-" + version + ".zip")));
        assertTrue(Files.isRegularFile(Distribution.platformArchive()));
    }
}
