package dev.cgoguard.kinds.gitlab;

import dev.cgoguard.kinds.yaml.YamlDocument;
import dev.cgoguard.plan.EvaluationProblem;
import dev.cgoguard.plan.WorkspaceReads;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A GitLab CI pipeline: a {@code .gitlab-ci.yml} with the files it includes from the repository
 * ({@code include: local:}, a plain path, a glob), their global {@code image}, {@code variables},
 * {@code before_script} and {@code default:}, and their jobs (a later definition of a job replaces an
 * earlier one). Includes from elsewhere (remote, project, template, component) are not read, and
 * say so; the include graph is bounded in files and depth.
 */
final class GitlabPipeline {
    private static final int MAX_FILES = dev.cgoguard.workspace.ScanLimits.GITLAB_INCLUDE_FILES;
    private static final int MAX_DEPTH = dev.cgoguard.workspace.ScanLimits.GITLAB_INCLUDE_DEPTH;
    /** The top-level keys that are no jobs. */
    private static final Set<String> GLOBAL_KEYS = Set.of("image", "services", "stages", "types", "before_script", "after_script",
            "variables", "cache", "include", "default", "workflow", "spec");

    /** One file of the pipeline. */
    record Source(String path, YamlDocument document) {
    }

    /** A job as defined (possibly hidden, a template for {@code extends}). */
    record Job(String name, Source source, Node node) {
        boolean hidden() {
            return name.startsWith(".");
        }
    }

    /** A global setting and the file it comes from. */
    record Global(Source source, Node node) {
    }

    final Map<String, Job> jobs = new LinkedHashMap<>();
    final Map<String, Global> globals = new LinkedHashMap<>();
    final List<EvaluationProblem> problems = new ArrayList<>();
    final Set<String> filesRead = new LinkedHashSet<>();

    private final Workspace workspace;

    private GitlabPipeline(Workspace workspace) {
        this.workspace = workspace;
    }

    static GitlabPipeline read(Workspace workspace, String path, SourceText text) {
        GitlabPipeline pipeline = new GitlabPipeline(workspace);
        pipeline.readFile(path, text, 0, new LinkedHashSet<>());
        return pipeline;
    }

    private void readFile(String path, SourceText text, int depth, Set<String> seen) {
        YamlDocument document = YamlDocument.read(text, path);
        if (document.problem() != null) {
            problems.add(problem(path, document.problem().range(), "cgoguard could not read this GitLab CI file: "
                    + document.problem().message(), "the jobs it defines are not checked"));
            return;
        }
        if (!(document.root() instanceof MappingNode root)) {
            return;
        }
        Source source = new Source(path, document);
        for (NodeTuple entry : YamlDocument.entries(root)) {
            String key = YamlDocument.scalar(entry.getKeyNode());
            if (key == null || key.equals("<<")) {
                continue;
            }
            if (key.equals("include")) {
                include(source, entry.getValueNode(), depth, seen);
            } else if (GLOBAL_KEYS.contains(key)) {
                globals.put(key, new Global(source, entry.getValueNode()));
            } else if (entry.getValueNode() instanceof MappingNode) {
                jobs.remove(key);
                jobs.put(key, new Job(key, source, entry.getValueNode()));
            }
        }
    }

    private void include(Source from, Node include, int depth, Set<String> seen) {
        List<Node> items = include instanceof ScalarNode || include instanceof MappingNode ? List.of(include) : YamlDocument.items(include);
        for (Node item : items) {
            String local = item instanceof ScalarNode s && !s.getValue().contains("://") ? s.getValue() : YamlDocument.scalar(item, "local");
            if (local == null) {
                problems.add(problem(from.path(), from.document().range(item), "cgoguard does not read includes from outside "
                        + "the repository (remote, project, template, component)", "the jobs they define are not checked"));
                continue;
            }
            for (String path : resolve(local)) {
                if (seen.contains(path)) {
                    continue;
                }
                if (depth >= MAX_DEPTH || filesRead.size() >= MAX_FILES) {
                    problems.add(problem(from.path(), from.document().range(item), "cgoguard stopped following includes: "
                            + "more than " + MAX_FILES + " files or " + MAX_DEPTH + " levels", "the jobs they define are not checked"));
                    return;
                }
                Optional<SourceText> text = WorkspaceReads.read(workspace, path);
                if (text.isEmpty()) {
                    problems.add(problem(from.path(), from.document().range(item), "the included file " + path
                            + " is not in the repository", "the jobs it defines are not checked"));
                    continue;
                }
                seen.add(path);
                filesRead.add(path);
                readFile(path, text.get(), depth + 1, seen);
            }
        }
    }

    /** The workspace paths a local include names: a path from the repository root, or a glob of workspace files. */
    private List<String> resolve(String local) {
        String path = local.strip();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (path.contains("$") || path.isEmpty()) {
            return List.of();
        }
        if (!path.contains("*")) {
            return List.of(path);
        }
        Pattern glob = Pattern.compile(Pattern.quote(path).replace("**", "\u0000").replace("*", "\\E[^/]*\\Q")
                .replace("\u0000", "\\E.*\\Q"));
        return workspace.files().keySet().stream().filter(p -> glob.matcher(p).matches()).sorted().toList();
    }

    private static EvaluationProblem problem(String path, TextRange range, String what, String consequence) {
        return new EvaluationProblem("gitlab-ci", new SourceLocation(path, range), what, consequence);
    }
}
