package dev.cgoguard.plan;

import dev.cgoguard.gopkg.GoPackageGraph;
import dev.cgoguard.make.MakeProblem;
import dev.cgoguard.parse.TreeCache;
import dev.cgoguard.workspace.FileKinds;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.workspace.ThirdPartyPaths;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a workspace into build plans: one per go command found in its build files. Each file kind's
 * {@link GoCommandSource} (registered with {@link FileKinds}) says which files it plans and finds
 * their go commands. Each source file is evaluated independently (in parallel); a file whose
 * evaluation fails costs only its own plans.
 */
public final class BuildPlanner {
    private final TreeCache trees;
    private final PlanningCache cache;
    private final BuildInputs inputs;

    /** A planner for one run: nothing is kept from earlier runs but the trees. */
    public BuildPlanner(TreeCache trees, BuildInputs inputs) {
        this(trees, new PlanningCache(), inputs);
    }

    /** A planner that reuses what earlier runs evaluated (an editor's re-analysis). */
    public BuildPlanner(TreeCache trees, PlanningCache cache, BuildInputs inputs) {
        this.trees = trees;
        this.cache = cache;
        this.inputs = inputs;
    }

    /** What one source file contributed. */
    private record FilePlans(String path, SourceCommands found) {
    }

    public PlanningResult plan(Workspace workspace) {
        return merge(planEach(workspace, path -> true).values());
    }

    /**
     * The plans of each selected plan-source file on its own (keyed by its path), so that an editor
     * can plan again only the files an edit affects and keep the others' results.
     */
    public Map<String, PlanningResult> planEach(Workspace workspace, java.util.function.Predicate<String> selected) {
        return planEach(workspace, selected, null);
    }

    /**
     * As {@link #planEach(Workspace, java.util.function.Predicate)}, with the package graph given: the
     * graph of an earlier snapshot whose Go files, go.mod and go.work files are the same (its walks
     * are then reused); null for the graph of {@code workspace}.
     */
    public Map<String, PlanningResult> planEach(Workspace workspace, java.util.function.Predicate<String> selected,
            GoPackageGraph packageGraph) {
        return planSources(workspace, workspace.filesMatching(f -> isPlanSource(f) && selected.test(f.path())), packageGraph);
    }

    /**
     * As {@link #planEach(Workspace, java.util.function.Predicate, GoPackageGraph)} for the given
     * paths (those that are not plan sources of the workspace are passed over), without walking the
     * whole workspace to find them.
     */
    public Map<String, PlanningResult> planFiles(Workspace workspace, java.util.Collection<String> paths,
            GoPackageGraph packageGraph) {
        List<WorkspaceFile> sources = paths.stream().sorted().map(workspace.files()::get)
                .filter(f -> f != null && isPlanSource(f)).toList();
        return planSources(workspace, sources, packageGraph);
    }

    private Map<String, PlanningResult> planSources(Workspace workspace, List<WorkspaceFile> sources,
            GoPackageGraph packageGraph) {
        if (sources.isEmpty()) {
            return Map.of();
        }
        List<FilePlans> perFile = sources.parallelStream().map(f -> evaluate(workspace, f)).toList();
        GoPackageGraph graph = packageGraph != null ? packageGraph : GoPackageGraph.of(workspace);
        PlanFactory factory = new PlanFactory(graph);
        Map<String, PlanningResult> results = new TreeMap<>();
        for (FilePlans file : perFile) {
            Map<SourceLocation, List<BuildPlan>> unique = new LinkedHashMap<>();
            Set<Set<String>> packageFiles = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (GoCommandSite site : file.found().sites()) {
                BuildPlan plan = factory.create(site);
                addUnlessSame(unique.computeIfAbsent(plan.origin().location(), k -> new ArrayList<>()), plan);
                packageFiles.add(factory.filesRead(plan));
            }
            List<Set<String>> read = new ArrayList<>();
            Set<String> own = new java.util.HashSet<>(file.found().filesRead());
            own.add(file.path());
            read.add(Set.copyOf(own));
            read.addAll(packageFiles);
            List<BuildPlan> plans = unique.values().stream().flatMap(List::stream).toList();
            results.put(file.path(), new PlanningResult(AlternativeMerger.merge(plans),
                    file.found().makeProblems(), Map.of(file.path(), new SetUnion<>(read)), file.found().incomplete(),
                    file.found().artifacts()));
        }
        return results;
    }

    /**
     * The plans of several files as one result, the plans in source order. A binary a Makefile or a
     * script builds to a workspace path that a Dockerfile copies into its image runs there.
     */
    public static PlanningResult merge(java.util.Collection<PlanningResult> results) {
        List<BuildPlan> plans = new ArrayList<>();
        List<MakeProblem> problems = new ArrayList<>();
        List<EvaluationProblem> incomplete = new ArrayList<>();
        List<ContextArtifact> artifacts = new ArrayList<>();
        Map<String, Set<String>> dependencies = new TreeMap<>();
        for (PlanningResult result : results) {
            plans.addAll(result.plans());
            problems.addAll(result.makeProblems());
            incomplete.addAll(result.incomplete());
            artifacts.addAll(result.artifacts());
            dependencies.putAll(result.dependencies());
        }
        if (!artifacts.isEmpty()) {
            plans.replaceAll(plan -> copiedIntoAnImage(plan, artifacts));
        }
        plans.sort(Comparator.comparing((BuildPlan p) -> p.origin().location().path())
                .thenComparing(p -> p.origin().location().range().start()));
        return new PlanningResult(List.copyOf(plans), List.copyOf(problems), dependencies, List.copyOf(incomplete),
                List.copyOf(artifacts));
    }

    /** The plan with where its binary runs, when a Dockerfile copies its output from the build context. */
    private static BuildPlan copiedIntoAnImage(BuildPlan plan, List<ContextArtifact> artifacts) {
        String output = plan.invocation().output();
        if (plan.runEnvironment() != null || output == null || output.endsWith("/") || plan.workingDirectory() == null
                || plan.workingDirectory().startsWith("/") || !plan.invocation().subcommand().equals("build")) {
            return plan;
        }
        String directory = plan.invocation().directory();
        String built = WorkspacePaths.join(plan.workingDirectory(), directory == null ? output : WorkspacePaths.join(directory, output));
        for (ContextArtifact artifact : artifacts) {
            if (artifact.workspacePath().equals(built)) {
                return plan.runningIn(artifact.runEnvironment());
            }
        }
        return plan;
    }

    /** The registered source that plans this file, if any. */
    private static java.util.Optional<GoCommandSource> sourceOf(WorkspaceFile file) {
        for (GoCommandSource source : FileKinds.supports(GoCommandSource.class)) {
            if (source.isPlanSource(file)) {
                return java.util.Optional.of(source);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A file some registered source plans, outside the third-party trees unless the inputs include
     * them (one rule for every kind: the setting decides).
     */
    private boolean isPlanSource(WorkspaceFile file) {
        return (inputs.includeThirdParty() || !ThirdPartyPaths.contains(file.path())) && sourceOf(file).isPresent();
    }

    private FilePlans evaluate(Workspace workspace, WorkspaceFile file) {
        try {
            SourceCommands found = sourceOf(file).map(source -> source.commands(
                    new PlanningContext(workspace, inputs, trees, cache), file)).orElse(SourceCommands.none());
            return new FilePlans(file.path(), found);
        } catch (RuntimeException | StackOverflowError e) {
            if (Boolean.getBoolean("cgoguard.debug")) {
                e.printStackTrace();
            }
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
            return new FilePlans(file.path(), new SourceCommands(List.of(), List.of(new EvaluationProblem("evaluation-failed",
                    new SourceLocation(file.path(), TextRange.of(0, 0, 0, 0)),
                    "cgoguard could not evaluate this file (" + why + ")", "none of its go commands are checked"))));
        }
    }

    /**
     * Plans of one command with the same invocation, built and run in the same places, are one plan
     * that runs when either's conditions hold (make alternatives that do not touch the command).
     */
    private static void addUnlessSame(List<BuildPlan> atLocation, BuildPlan plan) {
        for (int i = 0; i < atLocation.size(); i++) {
            BuildPlan known = atLocation.get(i);
            if (known.invocation().equals(plan.invocation()) && Objects.equals(known.workingDirectory(), plan.workingDirectory())
                    && Objects.equals(known.host(), plan.host()) && Objects.equals(known.buildEnvironment(), plan.buildEnvironment())
                    && Objects.equals(known.runEnvironment(), plan.runEnvironment())) {
                atLocation.set(i, known.when(known.conditions().or(plan.conditions())));
                return;
            }
        }
        atLocation.add(plan);
    }
}
