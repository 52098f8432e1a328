package dev.cgoguard.tests.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Runs the steps of the repository's composite action.yml as the Actions runner does, here: each
 * {@code run:} step with {@code bash --noprofile --norc -eo pipefail} in the workspace, its
 * {@code env:} and {@code if:} expressions evaluated over the inputs (the action's defaults under
 * the {@code with:} values given), the earlier steps' outputs and the runner's context; the files
 * GITHUB_OUTPUT and GITHUB_PATH as the runner reads them; {@code actions/cache} as a cache that
 * hits when the folder it keeps is there from an earlier run. Only the expressions action.yml
 * uses are understood; any other fails the test, so that the action stays this simple.
 */
final class ActionRunner {
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*}}");
    private static final Pattern COMPARISON = Pattern.compile("(\\S+)\\s*(==|!=)\\s*'([^']*)'");

    /** What a step did: its id, whether it ran, its exit code and what it printed. */
    record StepRun(String id, boolean ran, int exit, String out, String err) {
    }

    /** The whole run: each step, and the action's outputs. */
    record Run(List<StepRun> steps, Map<String, String> outputs) {
        StepRun step(String id) {
            return steps.stream().filter(s -> s.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no step " + id + " ran: " + steps));
        }

        boolean failed() {
            return steps.stream().anyMatch(s -> s.ran() && s.exit() != 0);
        }
    }

    private final Map<String, Object> action;

    @SuppressWarnings("unchecked")
    ActionRunner(Path actionYml) throws IOException {
        this.action = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(actionYml));
    }

    /**
     * Runs the action's steps with {@code with} as the step's {@code with:}, {@code runner} as the
     * runner's variables (RUNNER_OS, RUNNER_ARCH, RUNNER_TEMP, RUNNER_TOOL_CACHE, GITHUB_WORKSPACE,
     * GITHUB_ACTION_REPOSITORY, PATH, ...), and stops at the first step that fails, as a job does.
     */
    @SuppressWarnings("unchecked")
    Run run(Map<String, String> with, Map<String, String> runner, Path workspace) throws Exception {
        Map<String, String> inputs = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) action.get("inputs")).forEach((name, spec) -> inputs.put(name, String.valueOf(spec.getOrDefault("default", ""))));
        for (String name : with.keySet()) {
            if (!inputs.containsKey(name)) {
                throw new AssertionError("action.yml has no input " + name);
            }
        }
        inputs.putAll(with);
        Map<String, Map<String, String>> stepOutputs = new HashMap<>();
        List<String> pathAdditions = new ArrayList<>();
        List<StepRun> runs = new ArrayList<>();
        Map<String, Object> runsOn = (Map<String, Object>) action.get("runs");
        if (!"composite".equals(runsOn.get("using"))) {
            throw new AssertionError("the action is not composite");
        }
        Context context = new Context(inputs, stepOutputs, runner);
        int index = 0;
        for (Map<String, Object> step : (List<Map<String, Object>>) runsOn.get("steps")) {
            String id = String.valueOf(step.getOrDefault("id", "step" + index++));
            Object condition = step.get("if");
            if (condition != null && !context.condition(String.valueOf(condition))) {
                runs.add(new StepRun(id, false, 0, "", ""));
                continue;
            }
            if (step.containsKey("uses")) {
                runs.add(cache(id, step, context, stepOutputs));
                continue;
            }
            if (!"bash".equals(step.get("shell"))) {
                throw new AssertionError("step " + id + " runs with " + step.get("shell") + ", not bash");
            }
            Path outputFile = Files.createTempFile("github-output", ".txt");
            Path pathFile = Files.createTempFile("github-path", ".txt");
            Path script = Files.createTempFile("step", ".sh");
            Files.writeString(script, String.valueOf(step.get("run")));
            Map<String, String> env = new HashMap<>(runner);
            if (!pathAdditions.isEmpty()) {
                List<String> newestFirst = new ArrayList<>(pathAdditions);
                java.util.Collections.reverse(newestFirst);
                env.put("PATH", String.join(":", newestFirst) + ":" + runner.get("PATH"));
            }
            env.put("GITHUB_OUTPUT", outputFile.toString());
            env.put("GITHUB_PATH", pathFile.toString());
            Map<String, Object> stepEnv = (Map<String, Object>) step.getOrDefault("env", Map.of());
            stepEnv.forEach((name, value) -> env.put(name, context.interpolate(String.valueOf(value))));
            Command result = Command.run(List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString()),
                    workspace, env, 600);
            stepOutputs.put(id, outputs(outputFile));
            pathAdditions.addAll(Files.readAllLines(pathFile).stream().filter(l -> !l.isBlank()).toList());
            runs.add(new StepRun(id, true, result.exit(), result.out(), result.err()));
            if (result.exit() != 0) {
                break;
            }
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) action.get("outputs")).forEach((name, spec) ->
                outputs.put(name, context.interpolate(String.valueOf(spec.get("value")))));
        return new Run(runs, outputs);
    }

    @SuppressWarnings("unchecked")
    private static StepRun cache(String id, Map<String, Object> step, Context context, Map<String, Map<String, String>> stepOutputs) {
        String uses = String.valueOf(step.get("uses"));
        if (!uses.startsWith("actions/cache@")) {
            throw new AssertionError("the test knows only actions/cache, not " + uses);
        }
        Map<String, Object> cacheWith = (Map<String, Object>) step.get("with");
        String key = context.interpolate(String.valueOf(cacheWith.get("key")));
        Path path = Path.of(context.interpolate(String.valueOf(cacheWith.get("path"))));
        if (key.isBlank() || !path.isAbsolute()) {
            throw new AssertionError("the cache has no key or no absolute path: " + key + ", " + path);
        }
        boolean hit = Files.isDirectory(path);
        stepOutputs.put(id, Map.of("cache-hit", Boolean.toString(hit)));
        return new StepRun(id, true, 0, "cache " + (hit ? "hit" : "miss") + " " + key, "");
    }

    private static Map<String, String> outputs(Path file) throws IOException {
        Map<String, String> outputs = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                outputs.put(line.substring(0, eq), line.substring(eq + 1));
            } else if (!line.isBlank()) {
                throw new AssertionError("a GITHUB_OUTPUT line the test cannot read: " + line);
            }
        }
        return outputs;
    }

    /** The expression contexts a step sees. */
    private record Context(Map<String, String> inputs, Map<String, Map<String, String>> steps, Map<String, String> runner) {
        String interpolate(String text) {
            Matcher m = EXPRESSION.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1))));
            }
            return m.appendTail(out).toString();
        }

        boolean condition(String expression) {
            Matcher m = COMPARISON.matcher(expression.strip());
            if (!m.matches()) {
                throw new AssertionError("a condition the test cannot evaluate: " + expression);
            }
            boolean equal = value(m.group(1)).equals(m.group(3));
            return m.group(2).equals("==") == equal;
        }

        String value(String reference) {
            String[] parts = reference.split("\\.");
            return switch (parts[0]) {
                case "inputs" -> require(inputs.get(parts[1]), reference);
                case "steps" -> parts.length == 4 && parts[2].equals("outputs")
                        ? steps.getOrDefault(parts[1], Map.of()).getOrDefault(parts[3], "") : fail(reference);
                case "runner" -> require(runner.get("RUNNER_" + parts[1].toUpperCase()), reference);
                case "github" -> require(runner.get("GITHUB_" + parts[1].toUpperCase()), reference);
                default -> fail(reference);
            };
        }

        private static String require(String value, String reference) {
            return value == null ? fail(reference) : value;
        }

        private static String fail(String reference) {
            throw new AssertionError("an expression the test cannot evaluate: " + reference);
        }
    }
}
