package dev.cgoguard.tests.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The composite action (action.yml at the root) run step by step with bash, as the runner runs it,
 * in a temporary workspace holding the README's example project, with the inputs the README's
 * workflow gives. Downloads go to a {@link CurlStandIn}.
 */
class ActionTest {
    private static final String REPOSITORY = CurlStandIn.REPOSITORY;

    @TempDir
    Path scratch;

    private Path workspace;
    private CurlStandIn curl;
    private Map<String, String> runner;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Distribution.exampleProject(scratch);
        Path stubs = scratch.resolve("stubs");
        curl = CurlStandIn.in(stubs);
        runner = new HashMap<>();
        runner.put("PATH", stubs + ":/usr/local/bin:/usr/bin:/bin");
        runner.put("HOME", scratch.toString());
        runner.put("RUNNER_OS", "Linux");
        runner.put("RUNNER_ARCH", "X64");
        runner.put("RUNNER_TEMP", Files.createDirectories(scratch.resolve("runner-temp")).toString());
        runner.put("RUNNER_TOOL_CACHE", scratch.resolve("tool-cache").toString());
        runner.put("GITHUB_WORKSPACE", workspace.toString());
        runner.put("GITHUB_ACTION_REPOSITORY", REPOSITORY);
        runner.put("GITHUB_ACTION_PATH", Distribution.repository().toString());
        runner.put("GITHUB_ACTIONS", "true");
        runner.put("CI", "true");
    }

    @Test
    void theReadmeWorkflowInstallsTheReleaseAnnotatesAndWritesSarif() throws Exception {
        ActionRunner.Run run = action().run(readmeInputs(), runner, workspace);

        assertEquals(List.of(release("cgoguard-" + Distribution.version() + "-linux-x64.tar.gz"),
                release("cgoguard-" + Distribution.version() + "-linux-x64.tar.gz.sha256")), curl.requested());
        ActionRunner.StepRun lint = run.step("lint");
        assertEquals(1, lint.exit(), "an error fails the step: " + lint.out() + lint.err());
        List<String> annotations = lint.out().lines().filter(l -> l.startsWith("::")).toList();
        assertEquals(2, annotations.size(), lint.out());
        assertTrue(annotations.get(0).startsWith("::notice file=Makefile,line=12,col=2,"), annotations.get(0));
        assertTrue(annotations.get(1).startsWith("::error file=Makefile,line=16,col=2,"), annotations.get(1));
        assertTrue(annotations.get(1).contains(",title=static-glibc-nss::"), annotations.get(1));
        assertTrue(lint.out().contains("2 findings (1 error, 1 info) in 1 file"), lint.out());

        assertEquals("cgoguard.sarif", run.outputs().get("sarif-file"));
        assertEquals("1", run.outputs().get("exit-code"));
        JsonObject sarif = JsonParser.parseString(Files.readString(workspace.resolve("cgoguard.sarif"))).getAsJsonObject();
        JsonObject firstRun = sarif.getAsJsonArray("runs").get(0).getAsJsonObject();
        assertEquals(2, firstRun.getAsJsonArray("results").size());
        assertEquals(Distribution.version(), firstRun.getAsJsonObject("tool").getAsJsonObject("driver").get("version").getAsString());
    }

    @Test
    void aSecondRunTakesTheCachedInstall() throws Exception {
        action().run(readmeInputs(), runner, workspace);
        curl.forget();
        ActionRunner.Run second = action().run(readmeInputs(), runner, workspace);
        assertEquals(List.of(), curl.requested(), "nothing is downloaded again");
        assertFalse(second.step("install").ran(), "the install step is skipped on a cache hit");
        assertEquals("1", second.outputs().get("exit-code"));
    }

    @Test
    void failOnNoneLetsTheStepPassAndTheSarifIsStillWritten() throws Exception {
        Map<String, String> inputs = new LinkedHashMap<>(readmeInputs());
        inputs.put("fail-on", "none");
        inputs.put("sarif-file", "reports/cgoguard.sarif");
        Files.createDirectories(workspace.resolve("reports"));
        ActionRunner.Run run = action().run(inputs, runner, workspace);
        assertFalse(run.failed(), run.steps().toString());
        assertEquals("0", run.outputs().get("exit-code"));
        assertEquals("reports/cgoguard.sarif", run.outputs().get("sarif-file"));
        assertTrue(Files.isRegularFile(workspace.resolve("reports/cgoguard.sarif")));
    }

    @Test
    void pathsFormatConfigAndArgsReachTheCommandLine() throws Exception {
        Files.move(workspace, Files.createDirectories(scratch.resolve("repo")).resolve("service"));
        workspace = scratch.resolve("repo");
        runner.put("GITHUB_WORKSPACE", workspace.toString());
        Files.writeString(workspace.resolve("cgoguard.yaml"), "make-vars: {STATIC: \"1\"}\n");
        Map<String, String> inputs = Map.of("paths", "service\n", "format", "gnu", "config", "cgoguard.yaml",
                "args", "--min-severity error", "sarif-file", "");
        ActionRunner.Run run = action().run(inputs, runner, workspace);
        ActionRunner.StepRun lint = run.step("lint");
        assertEquals(1, lint.exit(), lint.err());
        List<String> lines = lint.out().lines().filter(l -> !l.contains(": note: ")).toList();
        assertEquals(2, lines.size(), "both builds link statically with STATIC=1, and no warning is shown: " + lint.out());
        assertTrue(lines.get(0).startsWith("service/Makefile:12.2-"), lines.get(0));
        assertTrue(lines.get(0).contains(": error: "), lines.get(0));
        assertTrue(lines.get(1).startsWith("service/Makefile:16.2-"), lines.get(1));
        assertEquals("", run.outputs().get("sarif-file"));
    }

    @Test
    void onMacosTheZipRunsWithTheRunnersJava() throws Exception {
        runner.put("RUNNER_OS", "macOS");
        runner.put("RUNNER_ARCH", "ARM64");
        runner.put("JAVA_HOME_17_ARM64", System.getProperty("java.home"));
        ActionRunner.Run run = action().run(readmeInputs(), runner, workspace);
        assertEquals(List.of(release("cgoguard-" + Distribution.version() + ".zip"),
                release("cgoguard-" + Distribution.version() + ".zip.sha256")), curl.requested());
        assertEquals("1", run.outputs().get("exit-code"), run.steps().toString());
    }

    @Test
    void aReleaseThatDoesNotExistFailsTheInstall() throws Exception {
        Map<String, String> inputs = new LinkedHashMap<>(readmeInputs());
        inputs.put("version", "9.9.9");
        ActionRunner.Run run = action().run(inputs, runner, workspace);
        assertTrue(run.step("install").exit() != 0, "the download fails");
        assertTrue(run.steps().stream().noneMatch(s -> s.id().equals("lint")), "nothing is linted");
    }

    private static ActionRunner action() throws Exception {
        return new ActionRunner(Distribution.repository().resolve("action.yml"));
    }

    private static String release(String asset) {
        return CurlStandIn.release(asset);
    }

    /** The with: of the README workflow's cgoguard step, which uses this version of the action. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> readmeInputs() throws Exception {
        String workflow = ReadmeSnippets.block("yaml", "uses: " + REPOSITORY + "@");
        Map<String, Object> parsed = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(workflow);
        Map<String, Object> jobs = (Map<String, Object>) parsed.get("jobs");
        for (Object job : jobs.values()) {
            for (Map<String, Object> step : (List<Map<String, Object>>) ((Map<String, Object>) job).get("steps")) {
                if (String.valueOf(step.get("uses")).startsWith(REPOSITORY + "@")) {
                    assertEquals(REPOSITORY + "@v" + Distribution.version(), step.get("uses"), "the README uses this version");
                    Map<String, String> with = new LinkedHashMap<>();
                    ((Map<String, Object>) step.getOrDefault("with", Map.of())).forEach((k, v) -> with.put(k, String.valueOf(v)));
                    return with;
                }
            }
        }
        throw new AssertionError("the README's workflow has no step that uses the action: " + workflow);
    }
}
