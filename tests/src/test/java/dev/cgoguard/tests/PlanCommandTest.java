package dev.cgoguard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.cgoguard.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** {@code cgoguard plan --format json} on projects under tests/plans. */
class PlanCommandTest {
    private static JsonObject onlyPlan(String project) {
        Path dir = Paths.get(System.getProperty("cgoguard.fixtures", "fixtures")).resolveSibling("plans").resolve(project);
        StringWriter out = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "plan", "--format", "json", dir.toString());
        assertEquals(0, exit);
        JsonObject report = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals(1, report.getAsJsonArray("plans").size(), out.toString());
        return report.getAsJsonArray("plans").get(0).getAsJsonObject();
    }

    @Test
    void aStaticLinkFromAnIncludedConditionalIsShownAsAnAlternativeWithItsCondition() {
        Path dir = Paths.get(System.getProperty("cgoguard.fixtures", "fixtures")).resolve("make-include-static-conditional");
        StringWriter out = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "plan", dir.toString()));
        String text = out.toString();
        int without = text.indexOf("runs when:   when STATIC is not 1 (so in the modelled build)");
        int withStatic = text.indexOf("runs when:   when STATIC=1");
        assertTrue(without >= 0 && withStatic > without, "the modelled build first, then the alternative: " + text);
        String staticAlternative = text.substring(withStatic);
        assertTrue(staticAlternative.contains("link:        external — -linkmode=external"), staticAlternative);
        assertTrue(staticAlternative.contains("binary:      static"), staticAlternative);
        assertTrue(text.substring(without, withStatic).contains("binary:      dynamic"), text);
    }

    @Test
    void planReadsTheSettingsFile(@org.junit.jupiter.api.io.TempDir Path scratch) throws java.io.IOException {
        Path project = Fixtures.copy("make-include-static-conditional", scratch);
        java.nio.file.Files.writeString(project.resolve(".cgoguard.yaml"), "make-vars:\n  STATIC: \"1\"\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(err), "plan", project.toString()), err.toString());
        assertTrue(out.toString().contains("binary:      static"), out.toString());
        assertTrue(out.toString().contains("runs when:   always"), "STATIC is known from the settings file: " + out);
    }

    @Test
    void twoStageDockerfileBuildsDynamicGlibcAndRunsOnMusl() {
        JsonObject plan = onlyPlan("two-stage-alpine");
        assertEquals("dockerfile", plan.get("source").getAsString());
        assertEquals("Dockerfile", plan.getAsJsonObject("origin").get("path").getAsString());
        assertEquals(4, plan.getAsJsonObject("origin").get("line").getAsInt());
        assertEquals("yes", plan.getAsJsonObject("cgo").get("value").getAsString());
        assertEquals("the default on a native linux/amd64 build with a C compiler", plan.getAsJsonObject("cgo").get("reason").getAsString());
        assertEquals("no", plan.getAsJsonObject("static").get("value").getAsString());
        JsonObject build = plan.getAsJsonObject("buildEnvironment");
        assertEquals("glibc", build.get("libc").getAsString());
        assertEquals("2.36", build.get("libcVersion").getAsString());
        assertEquals(true, build.get("cCompiler").getAsBoolean());
        JsonObject run = plan.getAsJsonObject("runEnvironment");
        assertEquals("alpine:3.19", run.get("image").getAsString());
        assertEquals("musl", run.get("libc").getAsString());
        assertEquals("1.2.4", run.get("libcVersion").getAsString());
        assertEquals(6, run.getAsJsonObject("from").get("line").getAsInt());
        assertEquals(7, run.getAsJsonObject("copy").get("line").getAsInt());
    }

    @Test
    void workflowStepBuildsOnTheRunnersGlibcWithTheSetUpGo() {
        JsonObject plan = onlyPlan("workflow-setup-go");
        assertEquals("workflow", plan.get("source").getAsString());
        assertEquals(".github/workflows/release.yml", plan.getAsJsonObject("origin").get("path").getAsString());
        assertEquals(14, plan.getAsJsonObject("origin").get("line").getAsInt());
        JsonObject build = plan.getAsJsonObject("buildEnvironment");
        assertEquals("glibc", build.get("libc").getAsString());
        assertEquals("2.35", build.get("libcVersion").getAsString());
        assertEquals("1.22.5", build.get("goVersion").getAsString());
        assertNull(plan.get("runEnvironment"), "where a workflow's binary runs is not known");
    }
}
