package dev.cgoguard.plan;

import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.parse.TreeCache;
import dev.cgoguard.workspace.Workspace;
import java.util.List;
import java.util.Map;

/** Turns a workspace into build plans: one per go command found in its Makefiles, scripts, Dockerfiles and workflows. */
public final class BuildPlanner {
    private final TreeCache trees;
    private final AnalysisOptions options;

    public BuildPlanner(TreeCache trees, AnalysisOptions options) {
        this.trees = trees;
        this.options = options;
    }

    public PlanningResult plan(Workspace workspace) {
        return new PlanningResult(List.of(), List.of(), Map.of());
    }
}
