package dev.cgoguard.kinds.gitlab;

import dev.cgoguard.ci.ScalarText;
import dev.cgoguard.gocmd.GoCommandParser;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.kinds.yaml.YamlDocument;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.knowledge.ImageTable;
import dev.cgoguard.plan.BuildEnvironment;
import dev.cgoguard.plan.CalledScripts;
import dev.cgoguard.plan.CommandSites;
import dev.cgoguard.plan.EvaluationProblem;
import dev.cgoguard.plan.GoCommandSite;
import dev.cgoguard.plan.GoCommandSource;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.plan.PlanningContext;
import dev.cgoguard.plan.Platform;
import dev.cgoguard.plan.ShellStops;
import dev.cgoguard.plan.SourceCommands;
import dev.cgoguard.plan.WorkspaceReads;
import dev.cgoguard.shell.ScriptEvaluation;
import dev.cgoguard.shell.ShellEvaluator;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.shell.ShellState;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.shell.SimpleCommand;
import dev.cgoguard.workspace.CommentSyntax;
import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.MappedText;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * GitLab CI pipelines: each job's {@code before_script} and {@code script} (after {@code extends},
 * {@code default:} and YAML merge keys), run as one shell in the job's {@code image} (else the
 * default one; without any, on a runner whose facts are not known), with the global and the job's
 * {@code variables}, from the repository's root. A {@code .gitlab-ci.yml} is planned with the files
 * it includes from the repository; the files under {@code .gitlab/} are read as its includes.
 */
public final class GitlabCiKind implements GoCommandSource {
    public static final FileKind KIND = FileKind.named("gitlab-ci", "GitLab CI pipelines (.gitlab-ci.yml and the files it includes)",
            CommentSyntax.HASH, List.of("**/.gitlab-ci.yml", "**/*.gitlab-ci.yml", "**/.gitlab-ci.yaml", "**/.gitlab/**/*.yml",
                    "**/.gitlab/**/*.yaml"));
    private static final int MAX_EXTENDS = 11;

    @Override
    public List<FileKind> fileKinds() {
        return List.of(KIND);
    }

    @Override
    public boolean isPlanSource(WorkspaceFile file) {
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        return file.kind() == KIND && (name.endsWith(".gitlab-ci.yml") || name.equals(".gitlab-ci.yaml"));
    }

    @Override
    public SourceCommands commands(PlanningContext context, WorkspaceFile file) {
        GitlabPipeline pipeline = GitlabPipeline.read(context.workspace(), file.path(), file.text());
        List<GoCommandSite> sites = new ArrayList<>();
        List<EvaluationProblem> incomplete = new ArrayList<>(pipeline.problems);
        java.util.Set<String> scriptsRun = new java.util.LinkedHashSet<>(pipeline.filesRead);
        CalledScripts called = new CalledScripts(context.workspace(), context.cache().shell(),
                new dev.cgoguard.host.Host("linux", "amd64", null));
        for (GitlabPipeline.Job job : pipeline.jobs.values()) {
            if (job.hidden()) {
                continue;
            }
            List<GitlabPipeline.Job> chain = chain(pipeline, job);
            Located script = script(pipeline, chain);
            if (script == null) {
                continue;
            }
            Located image = image(pipeline, chain);
            BuildEnvironment build = environment(job, image);
            ScriptEvaluation evaluation = ShellEvaluator.evaluateScript(new SourceText(script.text().text()),
                    ShellState.of(variables(pipeline, chain), ""), path -> {
                        scriptsRun.add(path);
                        return WorkspaceReads.read(context.workspace(), path).map(SourceText::text);
                    });
            if (!evaluation.complete()) {
                incomplete.add(ShellStops.problem(evaluation, new SourceLocation(script.path(), evaluation.stoppedAt() == null
                        ? script.text().fileRange() : range(script, evaluation.stoppedAt())), "job script"));
            }
            for (SimpleCommand command : evaluation.commands()) {
                GoInvocation invocation = GoCommandParser.parse(command).orElse(null);
                if (invocation == null) {
                    sites.addAll(called.sites(command, script.path() + " job " + job.name(), Platform.known("linux", "amd64"),
                            build, scriptsRun));
                    continue;
                }
                SourceLocation at = new SourceLocation(script.path(), command.range() == null ? script.text().fileRange()
                        : range(script, command.range()));
                PlanOrigin origin = new PlanOrigin(PlanOrigin.Kind.WORKFLOW, script.path() + " job " + job.name(), at);
                sites.add(CommandSites.of(origin, command, invocation, command.conditions(), command.workingDirectory(),
                        Platform.known("linux", "amd64"), build, null));
            }
        }
        return new SourceCommands(sites, incomplete, List.of(), scriptsRun);
    }

    /** A script's text mapped to the file it comes from. */
    private record Located(String path, MappedText text) {
    }

    /** The job, then the jobs it extends, nearest first (a later entry of an extends list wins over an earlier one). */
    private static List<GitlabPipeline.Job> chain(GitlabPipeline pipeline, GitlabPipeline.Job job) {
        List<GitlabPipeline.Job> chain = new ArrayList<>();
        collect(pipeline, job, chain, 0);
        return chain;
    }

    private static void collect(GitlabPipeline pipeline, GitlabPipeline.Job job, List<GitlabPipeline.Job> chain, int depth) {
        if (chain.contains(job) || depth > MAX_EXTENDS) {
            return;
        }
        chain.add(job);
        List<String> parents = new ArrayList<>(YamlDocument.strings(YamlDocument.get(job.node(), "extends")));
        java.util.Collections.reverse(parents);
        for (String parent : parents) {
            GitlabPipeline.Job base = pipeline.jobs.get(parent);
            if (base != null) {
                collect(pipeline, base, chain, depth + 1);
            }
        }
    }

    /** The first job in the chain that sets {@code key}, with its value. */
    private static Node lookup(List<GitlabPipeline.Job> chain, String key, GitlabPipeline.Job[] from) {
        for (GitlabPipeline.Job job : chain) {
            Node value = YamlDocument.get(job.node(), key);
            if (value != null) {
                from[0] = job;
                return value;
            }
        }
        return null;
    }

    /** before_script (the job's, else default:'s, else the global one) and script, as one shell script. */
    private static Located script(GitlabPipeline pipeline, List<GitlabPipeline.Job> chain) {
        GitlabPipeline.Job[] scriptFrom = new GitlabPipeline.Job[1];
        Node script = lookup(chain, "script", scriptFrom);
        if (script == null) {
            return null;
        }
        GitlabPipeline.Job[] beforeFrom = new GitlabPipeline.Job[1];
        Node before = lookup(chain, "before_script", beforeFrom);
        GitlabPipeline.Source beforeSource = beforeFrom[0] == null ? null : beforeFrom[0].source();
        if (before == null) {
            GitlabPipeline.Global defaults = pipeline.globals.get("default");
            if (defaults != null && YamlDocument.get(defaults.node(), "before_script") != null) {
                before = YamlDocument.get(defaults.node(), "before_script");
                beforeSource = defaults.source();
            } else if (pipeline.globals.get("before_script") != null) {
                before = pipeline.globals.get("before_script").node();
                beforeSource = pipeline.globals.get("before_script").source();
            }
        }
        GitlabPipeline.Source source = scriptFrom[0].source();
        MappedText.Builder text = new MappedText.Builder(source.document().source());
        // a before_script from another file cannot be mapped into this one: it is read with the script's first line as its place
        if (before != null && beforeSource == source) {
            lines(source, before, text);
        } else if (before != null) {
            return new Located(source.path(), join(beforeSource, before, source, script));
        }
        lines(source, script, text);
        return new Located(source.path(), text.build(source.document().endOffset(script)));
    }

    private static MappedText join(GitlabPipeline.Source beforeSource, Node before, GitlabPipeline.Source source, Node script) {
        MappedText.Builder text = new MappedText.Builder(source.document().source());
        int anchor = source.document().startOffset(script);
        StringBuilder prefix = new StringBuilder();
        for (Node line : flatten(before)) {
            if (line instanceof ScalarNode s) {
                prefix.append(s.getValue()).append('\n');
            }
        }
        for (int i = 0; i < prefix.length(); i++) {
            text.append(prefix.charAt(i), anchor);
        }
        lines(source, script, text);
        return text.build(source.document().endOffset(script));
    }

    private static void lines(GitlabPipeline.Source source, Node value, MappedText.Builder text) {
        for (Node line : flatten(value)) {
            if (line instanceof ScalarNode scalar) {
                MappedText mapped = ScalarText.of(source.document().source(), scalar);
                text.append(mapped);
                text.append('\n', source.document().endOffset(scalar));
            }
        }
    }

    /** Script lines: a string, a list, or lists nested by anchors. */
    private static List<Node> flatten(Node value) {
        List<Node> lines = new ArrayList<>();
        if (value instanceof ScalarNode) {
            lines.add(value);
        } else if (value instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                if (lines.size() > 10_000) {
                    break;
                }
                lines.addAll(item instanceof SequenceNode ? flatten(item) : List.of(item));
            }
        }
        return lines;
    }

    private static Located image(GitlabPipeline pipeline, List<GitlabPipeline.Job> chain) {
        GitlabPipeline.Job[] from = new GitlabPipeline.Job[1];
        Node image = lookup(chain, "image", from);
        GitlabPipeline.Source source = from[0] == null ? null : from[0].source();
        if (image == null) {
            GitlabPipeline.Global defaults = pipeline.globals.get("default");
            if (defaults != null && YamlDocument.get(defaults.node(), "image") != null) {
                image = YamlDocument.get(defaults.node(), "image");
                source = defaults.source();
            } else if (pipeline.globals.get("image") != null) {
                image = pipeline.globals.get("image").node();
                source = pipeline.globals.get("image").source();
            }
        }
        if (image == null) {
            return null;
        }
        Node name = image instanceof ScalarNode ? image : YamlDocument.get(image, "name");
        if (!(name instanceof ScalarNode scalar)) {
            return null;
        }
        return new Located(source.path(), ScalarText.of(source.document().source(), scalar));
    }

    private static BuildEnvironment environment(GitlabPipeline.Job job, Located image) {
        if (image == null) {
            return new BuildEnvironment("job " + job.name() + " on a runner (no image)", ImageFacts.unknown("the runner's shell"),
                    null, new SourceLocation(job.source().path(), job.source().document().firstLine(job.node())));
        }
        String reference = image.text().text();
        ImageFacts facts = reference.contains("$") ? ImageFacts.unknown(reference) : ImageTable.builtIn().lookup(reference);
        return new BuildEnvironment("job " + job.name() + " in image " + reference, facts, facts.goVersion(),
                new SourceLocation(image.path(), image.text().fileRange()));
    }

    /** The global variables, then the jobs' (the farthest parent first): a value that refers to another variable is unknown. */
    private static Map<String, ShellValue> variables(GitlabPipeline pipeline, List<GitlabPipeline.Job> chain) {
        Map<String, ShellValue> variables = new LinkedHashMap<>();
        GitlabPipeline.Global global = pipeline.globals.get("variables");
        if (global != null) {
            add(global.node(), variables);
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            add(YamlDocument.get(chain.get(i).node(), "variables"), variables);
        }
        return variables;
    }

    private static void add(Node variables, Map<String, ShellValue> into) {
        for (NodeTuple entry : YamlDocument.entries(variables)) {
            String name = YamlDocument.scalar(entry.getKeyNode());
            Node value = entry.getValueNode();
            String text = value instanceof ScalarNode ? YamlDocument.scalar(value) : YamlDocument.scalar(value, "value");
            if (name == null || name.equals("<<")) {
                continue;
            }
            into.put(name, text == null ? ShellValue.unknown("$" + name + " (not a plain value)")
                    : text.contains("$") ? ShellValue.unknown(text) : ShellValue.known(text));
        }
    }

    private static TextRange range(Located script, TextRange inScript) {
        dev.cgoguard.workspace.SourceText text = new dev.cgoguard.workspace.SourceText(script.text().text());
        return script.text().fileRange(text.offsetAt(inScript.start()), text.offsetAt(inScript.end()));
    }
}
