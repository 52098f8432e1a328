package dev.cgoguard.engine;

import dev.cgoguard.gopkg.GoPackageGraph;
import dev.cgoguard.plan.BuildPlanner;
import dev.cgoguard.plan.PlanningResult;
import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.Workspace;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link Analyzer} for an editor, which analyses the same workspace again and again after small
 * edits: the plans of a plan-source file (Makefile, script, Dockerfile, workflow) are kept while
 * neither it nor any file its plans read has changed, and only the other files are planned again.
 * Rules and suppressions always run on all plans. Any file added or removed, or other options,
 * plan everything again (a new file can join a package the plans read). While no Go, go.mod or
 * go.work file changes, the package graph of the earlier snapshot (and the walks it has done) serves, and of the Go
 * files kept on disk only those unread by the earlier analyses are looked at for what reading them gave. Safe to call from several
 * threads; the state is kept per workspace root.
 */
public final class IncrementalAnalyzer {
    /** {@code graphWorkspace}: the snapshot whose package graph the plans were made with (an earlier one when its Go files are the same). */
    private record State(Workspace workspace, Workspace graphWorkspace, AnalysisOptions options,
            Map<String, PlanningResult> bySource, SuppressionIndex suppressions, DiskReads reads) {
    }

    /** The kinds of file the package graph reads; a change to any other file leaves the graph as it was. */
    private static final Set<FileKind> GRAPH_KINDS = Set.of(FileKind.GO, FileKind.GO_MOD, FileKind.GO_WORK);

    private final Analyzer analyzer;
    private final Map<Path, State> states = new ConcurrentHashMap<>();
    private final Map<Path, Object> locks = new ConcurrentHashMap<>();

    public IncrementalAnalyzer(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    public AnalysisResult analyze(Workspace workspace, AnalysisOptions options) {
        synchronized (locks.computeIfAbsent(workspace.root(), root -> new Object())) {
            State previous = states.get(workspace.root());
            BuildPlanner planner = new BuildPlanner(analyzer.trees(), analyzer.planningCache(), options.buildInputs());
            Map<String, PlanningResult> bySource;
            Set<String> changed = changedFiles(previous, workspace, options);
            Workspace graphWorkspace = workspace;
            DiskReads reads = null;
            if (changed == null) {
                bySource = planner.planEach(workspace, path -> true);
            } else {
                if (changed.stream().noneMatch(path -> GRAPH_KINDS.contains(previous.workspace().files().get(path).kind())
                        || GRAPH_KINDS.contains(workspace.files().get(path).kind()))) {
                    graphWorkspace = previous.graphWorkspace();
                    // no Go file changed, none came or went: the records on disk are those analysed before
                    reads = previous.reads();
                }
                Set<String> stale = staleSources(previous, changed);
                bySource = new TreeMap<>(previous.bySource());
                bySource.keySet().removeAll(stale);
                bySource.putAll(planner.planFiles(workspace, stale, GoPackageGraph.of(graphWorkspace, options.buildInputs().goSources())));
            }
            SuppressionIndex suppressions = analyzer.suppressionIndex(workspace,
                    previous == null ? null : previous.suppressions(), changed);
            Analyzer.Analyzed analyzed = analyzer.analyze(workspace, options, BuildPlanner.merge(bySource.values()),
                    suppressions, reads);
            states.put(workspace.root(), new State(workspace, graphWorkspace, options, Map.copyOf(bySource), suppressions,
                    analyzed.reads()));
            return analyzed.result();
        }
    }

    /**
     * The files whose text differs from the previous snapshot; null when everything must be planned
     * again (no previous state, other options, a file added or removed).
     */
    private static Set<String> changedFiles(State previous, Workspace current, AnalysisOptions options) {
        if (previous == null || !previous.options().equals(options)) {
            return null;
        }
        return previous.workspace().changedPaths(current);
    }

    /** The plan sources to plan again: the changed files and those whose plans read a changed file. */
    private static Set<String> staleSources(State previous, Set<String> changed) {
        Set<String> stale = new HashSet<>(changed);
        previous.bySource().forEach((source, planning) -> {
            Set<String> read = planning.dependencies().getOrDefault(source, Set.of());
            if (changed.stream().anyMatch(read::contains)) {
                stale.add(source);
            }
        });
        return stale;
    }
}
