package dev.cgoguard.plan;

import dev.cgoguard.make.MakeProblem;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plans of a workspace, the problems the Make evaluation found, and for every file that
 * produced plans the workspace files its plans read (so an editor knows what a change affects).
 */
public record PlanningResult(List<BuildPlan> plans, List<MakeProblem> makeProblems, Map<String, Set<String>> dependencies) {
}
