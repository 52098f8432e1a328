package dev.cgoguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The --format sarif output of every fixture project, validated against the SARIF 2.1.0 schema. */
class SarifSchemaTest {
    private static Schema schema;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    static List<String> fixtures() {
        return CliRun.fixtureNames();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixtureOutputValidates(String fixture) {
        Path project = CliRun.copyFixture(fixture, tmp);
        CliRun run = CliRun.run("lint", "--format", "sarif", project.toString());
        List<Error> errors = schema.validate(run.out(), InputFormat.JSON);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList(), run.out());
    }

    @Test
    void resultsCarryRelativeLocationsRelatedLocationsAndFixes() {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        CliRun run = CliRun.run(SyntheticRules.staticGlibcWithFix(f -> "go run main.go"), "lint", "--format", "sarif", project.toString());
        assertEquals(List.of(), schema.validate(run.out(), InputFormat.JSON).stream().map(Error::toString).toList());
        JsonObject runObject = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonObject result = runObject.getAsJsonArray("results").get(0).getAsJsonObject();
        assertEquals("static-glibc-nss", result.get("ruleId").getAsString());
        assertEquals("error", result.get("level").getAsString());
        JsonObject physical = result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
        assertEquals("Makefile", physical.getAsJsonObject("artifactLocation").get("uri").getAsString());
        assertEquals("%SRCROOT%", physical.getAsJsonObject("artifactLocation").get("uriBaseId").getAsString());
        assertEquals(2, physical.getAsJsonObject("region").get("startLine").getAsInt());
        assertEquals(49, physical.getAsJsonObject("region").get("endColumn").getAsInt());
        assertEquals(3, result.getAsJsonArray("relatedLocations").size());
        JsonObject replacement = result.getAsJsonArray("fixes").get(0).getAsJsonObject().getAsJsonArray("artifactChanges").get(0)
                .getAsJsonObject().getAsJsonArray("replacements").get(0).getAsJsonObject();
        assertEquals("go run main.go", replacement.getAsJsonObject("insertedContent").get("text").getAsString());
        assertTrue(runObject.getAsJsonObject("originalUriBaseIds").getAsJsonObject("%SRCROOT%").get("uri").getAsString()
                .startsWith("file:"));
        JsonObject rule = runObject.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules").get(0).getAsJsonObject();
        assertEquals("https://github.com/cgoguard/cgoguard/blob/v0.1.0/server/src/main/resources/dev/cgoguard/rules/static-glibc-nss.md",
                rule.get("helpUri").getAsString());
        assertTrue(rule.getAsJsonObject("fullDescription").get("text").getAsString().startsWith("The binary is linked statically"));
        String page = dev.cgoguard.rules.RuleDocs.page("static-glibc-nss").orElseThrow();
        assertEquals(page, rule.getAsJsonObject("help").get("markdown").getAsString(), "the help is the rule's whole page");
        assertEquals(page, rule.getAsJsonObject("help").get("text").getAsString());
    }

    @Test
    void anInvalidLogIsRejected() {
        assertTrue(!schema.validate("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[]}]}", InputFormat.JSON).isEmpty(),
                "a run without a tool is not SARIF");
    }
}
