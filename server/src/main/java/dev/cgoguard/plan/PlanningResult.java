package dev.cgoguard.plan;

import dev.cgoguard.make.MakeProblem;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plans of a workspace, the problems the Make evaluation found, for every file that produced
 * plans the workspace files its plans read (so an editor knows what a change affects), and the
 * places where the evaluation of a file stopped short.
 */
public record PlanningResult(List<BuildPlan> plans, List<MakeProblem> makeProblems, Map<String, Set<String>> dependencies,
        List<EvaluationProblem> incomplete) {
}
