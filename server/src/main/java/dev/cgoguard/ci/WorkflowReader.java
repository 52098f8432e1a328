package dev.cgoguard.ci;

import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.knowledge.ImageTable;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a GitHub Actions workflow: per job, the runner or container it builds on and each
 * {@code run:} step with its text mapped to the file, the environment, working directory and shell
 * in force, and the Go version an {@code actions/setup-go} step set up. Malformed YAML becomes a
 * problem on its line.
 */
public final class WorkflowReader {
    private final WorkspaceFile file;
    private final SourceText source;
    private final ImageTable table = ImageTable.builtIn();
    private final List<WorkflowProblem> problems = new ArrayList<>();

    private WorkflowReader(WorkspaceFile file) {
        this.file = file;
        this.source = file.text();
    }

    public static WorkflowEvaluation read(WorkspaceFile workflow) {
        return new WorkflowReader(workflow).read();
    }

    private WorkflowEvaluation read() {
        YamlLoading.Loaded loaded = YamlLoading.compose(source, file.path());
        if (loaded.failed()) {
            problems.add(new WorkflowProblem(loaded.problem(), loaded.problemAt()));
            return result(List.of());
        }
        Optional<Node> root = loaded.root();
        if (root.isEmpty() || !(root.get() instanceof MappingNode)) {
            problems.add(new WorkflowProblem("a workflow must be a mapping with jobs", source.range(0, 0)));
            return result(List.of());
        }
        Node workflow = root.get();
        Node jobs = YamlNodes.get(workflow, "jobs");
        if (!(jobs instanceof MappingNode)) {
            problems.add(new WorkflowProblem("the workflow has no jobs", source.range(0, 0)));
            return result(List.of());
        }
        List<WorkflowJob> result = new ArrayList<>();
        Map<String, ShellValue> workflowEnv = env(YamlNodes.get(workflow, "env"));
        Node workflowRun = YamlNodes.get(YamlNodes.get(workflow, "defaults"), "run");
        for (NodeTuple entry : YamlNodes.entries(jobs)) {
            String id = YamlNodes.scalar(entry.getKeyNode());
            if (id != null) {
                result.add(job(id, entry.getKeyNode(), entry.getValueNode(), workflowEnv, workflowRun));
            }
        }
        return result(result);
    }

    private WorkflowEvaluation result(List<WorkflowJob> jobs) {
        return new WorkflowEvaluation(file.path(), List.copyOf(jobs), List.copyOf(problems));
    }

    private WorkflowJob job(String id, Node key, Node job, Map<String, ShellValue> workflowEnv, Node workflowRun) {
        RunnerInfo runner = RunnerTable.runner(table, YamlNodes.get(job, "runs-on"), source, file.path());
        String container = null;
        ImageFacts containerFacts = null;
        Node containerNode = YamlNodes.get(job, "container");
        if (containerNode != null) {
            container = containerNode instanceof ScalarNode ? YamlNodes.scalar(containerNode)
                    : YamlNodes.scalar(containerNode, "image");
            containerFacts = container == null || container.contains("${{")
                    ? ImageFacts.unknown(container) : table.lookup(container);
        }
        ImageFacts buildFacts = containerFacts != null ? containerFacts : runner.facts();
        Map<String, ShellValue> jobEnv = new LinkedHashMap<>(workflowEnv);
        jobEnv.putAll(env(YamlNodes.get(job, "env")));
        Node jobRun = YamlNodes.get(YamlNodes.get(job, "defaults"), "run");
        String defaultShell = Boolean.FALSE.equals(runner.linux()) && runner.label() != null
                && runner.label().startsWith("windows") ? "pwsh" : "bash";
        List<WorkflowStep> steps = new ArrayList<>();
        ShellValue goVersion = null;
        SourceLocation goVersionAt = null;
        List<Node> stepNodes = YamlNodes.items(YamlNodes.get(job, "steps"));
        for (int i = 0; i < stepNodes.size(); i++) {
            Node step = stepNodes.get(i);
            String uses = YamlNodes.scalar(step, "uses");
            if (uses != null && uses.startsWith("actions/setup-go")) {
                goVersion = setupGoVersion(YamlNodes.get(step, "with"));
                Node named = YamlNodes.get(YamlNodes.get(step, "with"), "go-version");
                Node at = named != null ? named : YamlNodes.get(step, "uses");
                goVersionAt = at == null ? null : new SourceLocation(file.path(), YamlNodes.range(source, at));
            }
            Node run = YamlNodes.get(step, "run");
            if (!(run instanceof ScalarNode runScalar)) {
                continue;
            }
            Map<String, ShellValue> stepEnv = new LinkedHashMap<>(jobEnv);
            stepEnv.putAll(env(YamlNodes.get(step, "env")));
            ShellValue workdir = first(YamlNodes.scalar(step, "working-directory"),
                    YamlNodes.scalar(jobRun, "working-directory"), YamlNodes.scalar(workflowRun, "working-directory"));
            ShellValue shell = first(YamlNodes.scalar(step, "shell"), YamlNodes.scalar(jobRun, "shell"),
                    YamlNodes.scalar(workflowRun, "shell"));
            steps.add(new WorkflowStep(id, i, YamlNodes.scalar(step, "name"), ScalarText.of(source, runScalar),
                    Collections.unmodifiableMap(stepEnv), workdir,
                    shell == null ? defaultShell : shell.orElse("unknown (" + shell.source() + ")"), goVersion,
                    goVersionAt, buildFacts, new SourceLocation(file.path(), YamlNodes.range(source, run))));
        }
        return new WorkflowJob(id, runner, container, containerFacts, buildFacts, List.copyOf(steps),
                new SourceLocation(file.path(), YamlNodes.range(source, key)));
    }

    private static ShellValue setupGoVersion(Node with) {
        String version = YamlNodes.scalar(with, "go-version");
        if (version != null) {
            return value(version);
        }
        String versionFile = YamlNodes.scalar(with, "go-version-file");
        if (versionFile != null) {
            return ShellValue.unknown("from " + versionFile);
        }
        return ShellValue.unknown("actions/setup-go without go-version: the Go already on the runner");
    }

    private static Map<String, ShellValue> env(Node node) {
        Map<String, ShellValue> env = new LinkedHashMap<>();
        for (NodeTuple tuple : YamlNodes.entries(node)) {
            String name = YamlNodes.scalar(tuple.getKeyNode());
            String text = YamlNodes.scalar(tuple.getValueNode());
            if (name != null) {
                env.put(name, text == null ? ShellValue.unknown("not a plain value") : value(text));
            }
        }
        return env;
    }

    private static ShellValue first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return value(candidate);
            }
        }
        return null;
    }

    /** A value from the workflow: known unless it holds a {@code ${{ }}} expression. */
    static ShellValue value(String text) {
        return text.contains("${{") ? ShellValue.unknown("expression " + text.strip()) : ShellValue.known(text);
    }
}
