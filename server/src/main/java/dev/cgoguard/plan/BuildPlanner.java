package dev.cgoguard.plan;

import dev.cgoguard.condition.When;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.gopkg.GoPackageGraph;
import dev.cgoguard.make.MakeProblem;
import dev.cgoguard.parallel.SharedWorkList;
import dev.cgoguard.parse.TreeCache;
import dev.cgoguard.workspace.FileKinds;
import dev.cgoguard.workspace.ScanLimits;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.workspace.ThirdPartyPaths;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Turns a workspace into build plans: one per go command found in its build files. Each file kind's
 * {@link GoCommandSource} (registered with {@link FileKinds}) says which files it plans and finds
 * their go commands. Each source file is evaluated and planned independently (in parallel); a file whose
 * evaluation fails costs only its own plans.
 */
public final class BuildPlanner {
    /** Plans by file, then by where their go command starts (a plan without a place first). */
    private static final Comparator<BuildPlan> SOURCE_ORDER = (a, b) -> {
        int order = a.origin().location().path().compareTo(b.origin().location().path());
        if (order != 0) {
            return order;
        }
        TextRange first = a.origin().location().range();
        TextRange second = b.origin().location().range();
        return first == null ? (second == null ? 0 : -1) : second == null ? 1 : first.start().compareTo(second.start());
    };

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
    public Map<String, PlanningResult> planEach(Workspace workspace, Predicate<String> selected) {
        return planEach(workspace, selected, null);
    }

    /**
     * As {@link #planEach(Workspace, java.util.function.Predicate)}, with the package graph given: the
     * graph of an earlier snapshot whose Go files, go.mod and go.work files are the same (its walks
     * are then reused); null for the graph of {@code workspace}.
     */
    public Map<String, PlanningResult> planEach(Workspace workspace, Predicate<String> selected,
            GoPackageGraph packageGraph) {
        return planSources(workspace, workspace.filesMatching(f -> isPlanSource(f) && selected.test(f.path())), packageGraph);
    }

    /**
     * As {@link #planEach(Workspace, java.util.function.Predicate, GoPackageGraph)} for the given
     * paths (those that are not plan sources of the workspace are passed over), without walking the
     * whole workspace to find them.
     */
    public Map<String, PlanningResult> planFiles(Workspace workspace, Collection<String> paths,
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
        PlanFactory factory = new PlanFactory(() -> packageGraph != null ? packageGraph : GoPackageGraph.of(workspace, inputs.goSources()));
        // each file planned as soon as it is evaluated, by whichever thread is free: none waits for the slowest
        // evaluation before planning, and a thread with no file left takes on the imports the others resolve
        PlanningResult[] planned = new PlanningResult[sources.size()];
        SharedWorkList.runHelpingOthers(IntStream.range(0, sources.size()).boxed().toList(),
                (i, more) -> planned[i] = planOrFailure(evaluate(workspace, sources.get(i)), factory));
        Map<String, PlanningResult> results = new TreeMap<>();
        for (int i = 0; i < sources.size(); i++) {
            results.put(sources.get(i).path(), planned[i]);
        }
        return results;
    }

    /** The plans of one file's go commands, or the failure that stopped planning them. */
    private static PlanningResult planOrFailure(FilePlans file, PlanFactory factory) {
        try {
            return plan(file, factory);
        } catch (RuntimeException | StackOverflowError e) {
            return new PlanningResult(List.of(), file.found().makeProblems(), Map.of(file.path(), Set.of(file.path())),
                    List.of(failed(file.path(), e)));
        }
    }

    /**
     * The plans of one file's go commands. A command found again at the same place under the same
     * conditions with the same invocation (make alternatives that do not touch it, a loop that
     * writes it many times) is planned once; the commands are told apart by hashing, so that a file
     * that yields tens of thousands of them costs what they cost, not their square. At most
     * {@link ScanLimits#PLANS_PER_COMMAND} plans of one place and {@link ScanLimits#PLANS_PER_FILE}
     * of one file are made; past either, the place where planning stopped is reported.
     */
    private static PlanningResult plan(FilePlans file, PlanFactory factory) {
        Set<SiteKey> seen = new HashSet<>();
        Map<SourceLocation, Integer> perPlace = new HashMap<>();
        Map<SourceLocation, List<BuildPlan>> byPlace = new LinkedHashMap<>();
        int planned = 0;
        List<EvaluationProblem> incomplete = new ArrayList<>(file.found().incomplete());
        Set<Set<String>> packageFiles = Collections.newSetFromMap(new IdentityHashMap<>());
        for (GoCommandSite site : file.found().sites()) {
            SourceLocation place = site.origin().location();
            if (!seen.add(new SiteKey(place, site.conditions(), site.invocation()))) {
                continue;
            }
            if (planned == ScanLimits.PLANS_PER_FILE) {
                incomplete.add(new EvaluationProblem("plan-limit", place, "cgoguard stopped planning this file here: it"
                        + " yields more than " + ScanLimits.PLANS_PER_FILE + " go commands",
                        "this go command and those after it are not checked"));
                break;
            }
            int atPlace = perPlace.merge(place, 1, Integer::sum);
            if (atPlace > ScanLimits.PLANS_PER_COMMAND) {
                if (atPlace == ScanLimits.PLANS_PER_COMMAND + 1) {
                    incomplete.add(new EvaluationProblem("plan-limit", place, "this go command is built more than "
                            + ScanLimits.PLANS_PER_COMMAND + " different ways (conditions or flags)",
                            "only the first " + ScanLimits.PLANS_PER_COMMAND + " ways are checked"));
                }
                continue;
            }
            BuildPlan plan = factory.create(site);
            planned++;
            addUnlessSame(byPlace.computeIfAbsent(place, k -> new ArrayList<>()), plan);
            packageFiles.add(factory.filesRead(plan));
        }
        List<BuildPlan> plans = byPlace.values().stream().flatMap(List::stream).toList();
        incomplete.addAll(cutHeaders(plans));
        List<Set<String>> read = new ArrayList<>();
        Set<String> own = new HashSet<>(file.found().filesRead());
        own.add(file.path());
        read.add(Set.copyOf(own));
        read.addAll(packageFiles);
        return new PlanningResult(AlternativeMerger.merge(plans), file.found().makeProblems(),
                Map.of(file.path(), new SetUnion<>(read)), List.copyOf(incomplete), file.found().artifacts());
    }

    /**
     * The workspace Go files the plans' packages reach whose header goes on past the part cgoguard
     * reads of a Go file: where reading them stopped.
     */
    private static List<EvaluationProblem> cutHeaders(List<BuildPlan> plans) {
        Set<SourceLocation> cut = new LinkedHashSet<>();
        for (BuildPlan plan : plans) {
            if (plan.reach() != null) {
                plan.reach().cutHeaders().stream().filter(at -> !at.path().startsWith("/")).forEach(cut::add);
            }
        }
        return cut.stream().map(at -> new EvaluationProblem("go-header-limit", at, "cgoguard stopped reading this Go file's"
                + " header here: its imports go on past the first " + ScanLimits.GO_PREFIX_BYTES / 1024 + " KB, which is as"
                + " much of a Go file as cgoguard reads (or take tree-sitter too long to parse)",
                "the packages it imports after this point are not known, so the go commands that build it are checked"
                        + " without them")).toList();
    }

    /** What tells two go commands of a file apart for planning. */
    private record SiteKey(SourceLocation location, When conditions, GoInvocation invocation) {
        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof SiteKey that
                    && Objects.equals(location, that.location)
                    && Objects.equals(conditions, that.conditions)
                    && Objects.equals(invocation, that.invocation);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(location);
            hash = 31 * hash + Objects.hashCode(conditions);
            hash = 31 * hash + Objects.hashCode(invocation);
            return hash;
        }
    }

    /**
     * The plans of several files as one result, the plans in source order. A binary a Makefile or a
     * script builds to a workspace path that a Dockerfile copies into its image runs there.
     */
    public static PlanningResult merge(Collection<PlanningResult> results) {
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
        plans.sort(SOURCE_ORDER);
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

    /** The registered sources of go commands, asked of every file of a workspace. */
    private static final List<GoCommandSource> SOURCES = FileKinds.supports(GoCommandSource.class);

    /** The registered source that plans this file, if any. */
    private static Optional<GoCommandSource> sourceOf(WorkspaceFile file) {
        for (GoCommandSource source : SOURCES) {
            if (source.isPlanSource(file)) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
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
            return new FilePlans(file.path(), new SourceCommands(List.of(), List.of(failed(file.path(), e))));
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

    /** The evaluation problem of a file whose evaluation or planning failed: none of its go commands are checked. */
    private static EvaluationProblem failed(String path, Throwable e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new EvaluationProblem("evaluation-failed", new SourceLocation(path, TextRange.of(0, 0, 0, 0)),
                "cgoguard could not evaluate this file (" + why + ")", "none of its go commands are checked");
    }
}
