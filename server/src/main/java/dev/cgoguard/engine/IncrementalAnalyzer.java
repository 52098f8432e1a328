package dev.cgoguard.engine;

import dev.cgoguard.plan.BuildPlanner;
import dev.cgoguard.plan.PlanningResult;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link Analyzer} for an editor, which analyses the same workspace again and again after small
 * edits: the plans of a plan-source file (Makefile, script, Dockerfile, workflow) are kept while
 * neither it nor any file its plans read has changed, and only the other files are planned again.
 * Rules and suppressions always run on all plans. Any file added or removed, or other options,
 * plan everything again (a new file can join a package the plans read). Safe to call from several
 * threads; the state is kept per workspace root.
 */
public final class IncrementalAnalyzer {
    private record State(Workspace workspace, AnalysisOptions options, Map<String, PlanningResult> bySource) {
    }

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
            BuildPlanner planner = new BuildPlanner(analyzer.trees(), options);
            Map<String, PlanningResult> bySource;
            Set<String> stale = staleSources(previous, workspace, options);
            if (stale == null) {
                bySource = planner.planEach(workspace, path -> true);
            } else {
                bySource = new TreeMap<>(previous.bySource());
                bySource.keySet().removeAll(stale);
                bySource.putAll(planner.planEach(workspace, stale::contains));
            }
            states.put(workspace.root(), new State(workspace, options, Map.copyOf(bySource)));
            return analyzer.analyze(workspace, options, BuildPlanner.merge(bySource.values()));
        }
    }

    /**
     * The plan sources to plan again: the changed files and those whose plans read a changed file;
     * null when everything must be planned (no previous state, other options, a file added or removed).
     */
    static Set<String> staleSources(State previous, Workspace current, AnalysisOptions options) {
        if (previous == null || !previous.options().equals(options)
                || !previous.workspace().files().keySet().equals(current.files().keySet())) {
            return null;
        }
        Set<String> changed = new HashSet<>();
        for (Map.Entry<String, WorkspaceFile> entry : current.files().entrySet()) {
            WorkspaceFile before = previous.workspace().files().get(entry.getKey());
            WorkspaceFile now = entry.getValue();
            if (before != now && (before.kind() != now.kind() || !Objects.equals(before.content(), now.content()))) {
                changed.add(entry.getKey());
            }
        }
        Set<String> stale = new HashSet<>(changed);
        previous.bySource().forEach((source, planning) -> {
            Set<String> read = planning.dependencies().getOrDefault(source, Set.of());
            if (read.stream().anyMatch(changed::contains)) {
                stale.add(source);
            }
        });
        return stale;
    }
}
