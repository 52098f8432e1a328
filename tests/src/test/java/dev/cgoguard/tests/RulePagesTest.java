package dev.cgoguard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every rule's link opens a page that exists: the address SARIF and the editor give is the rule's
 * page in this repository at the release's tag, that file is there and is what {@code explain}
 * prints and what SARIF carries as the rule's help; CGOGUARD_RULE_PAGES_URL moves the links.
 */
class RulePagesTest {
    private static final String RELEASE_BLOB = "https://github.com/cgoguard/cgoguard/blob/v"
            + System.getProperty("cgoguard.version", "0.1.0") + "/";

    @TempDir
    Path scratch;

    @Test
    void everyRulesLinkIsItsPageInTheRepositoryWhichExplainPrintsAndSarifCarries() throws Exception {
        Path repository = Paths.get(System.getProperty("cgoguard.repositoryRoot", "..")).toAbsolutePath().normalize();
        Path project = Fixtures.copy("static-cgo-net-user", scratch);
        JsonObject driver = driver(ShadedJarTest.run(project, "lint", "--format", "sarif").out());
        List<String> ids = ShadedJarTest.run(scratch, "rules").out().lines().filter(l -> !l.startsWith(" "))
                .map(l -> l.split("\\s+")[0]).toList();
        assertEquals(ids.size(), driver.getAsJsonArray("rules").size(), "SARIF lists every rule");
        for (JsonElement element : driver.getAsJsonArray("rules")) {
            JsonObject rule = element.getAsJsonObject();
            String id = rule.get("id").getAsString();
            assertTrue(ids.contains(id), id);
            String link = rule.get("helpUri").getAsString();
            assertTrue(link.startsWith(RELEASE_BLOB), link);
            Path page = repository.resolve(link.substring(RELEASE_BLOB.length()));
            assertEquals(repository.resolve("server/src/main/resources/dev/cgoguard/rules/" + id + ".md"), page);
            assertTrue(Files.isRegularFile(page), "the page of " + id + " is in the repository: " + page);
            String text = Files.readString(page);
            assertEquals(text, rule.getAsJsonObject("help").get("markdown").getAsString(), "SARIF's help for " + id);
            assertEquals(text, rule.getAsJsonObject("help").get("text").getAsString());
        }
        for (String id : List.of("static-glibc-nss", "ineffective-extldflags")) {
            assertEquals(Files.readString(repository.resolve("server/src/main/resources/dev/cgoguard/rules/" + id + ".md")),
                    ShadedJarTest.run(scratch, "explain", id).out(), "explain prints the page of " + id);
        }
    }

    @Test
    void theAddressOfThePagesIsASetting() throws Exception {
        Path project = Fixtures.copy("static-cgo-net-user", scratch);
        ShadedJarTest.Run run = ShadedJarTest.run(project, Map.of("CGOGUARD_RULE_PAGES_URL", "https://wiki.example.com/cgoguard/{rule}.html"),
                "lint", "--format", "sarif");
        for (JsonElement rule : driver(run.out()).getAsJsonArray("rules")) {
            String id = rule.getAsJsonObject().get("id").getAsString();
            assertEquals("https://wiki.example.com/cgoguard/" + id + ".html", rule.getAsJsonObject().get("helpUri").getAsString());
        }
    }

    private static JsonObject driver(String sarif) {
        return JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
                .getAsJsonObject("tool").getAsJsonObject("driver");
    }
}
