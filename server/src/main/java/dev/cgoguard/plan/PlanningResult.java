package dev.cgoguard.plan;

import dev.cgoguard.make.MakeProblem;
import dev.cgoguard.workspace.FileProblem;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plans of a workspace, the problems the Make evaluation found, for every file that produced
 * plans the workspace files its plans read (so an editor knows what a change affects), and the
 * files whose evaluation failed.
 */
public record PlanningResult(List<BuildPlan> plans, List<MakeProblem> makeProblems, Map<String, Set<String>> dependencies,
        List<FileProblem> failures) {
}
