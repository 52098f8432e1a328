package dev.cgoguard.plan;

import dev.cgoguard.make.MakeProblem;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plans of a workspace, the problems the Make evaluation found, for every file that produced
 * plans the workspace files its plans read (so an editor knows what a change affects), the places
 * where the evaluation of a file stopped short, and the workspace files Dockerfiles copy into
 * their images.
 */
public record PlanningResult(List<BuildPlan> plans, List<MakeProblem> makeProblems, Map<String, Set<String>> dependencies,
        List<EvaluationProblem> incomplete, List<ContextArtifact> artifacts) {
    public PlanningResult(List<BuildPlan> plans, List<MakeProblem> makeProblems, Map<String, Set<String>> dependencies,
            List<EvaluationProblem> incomplete) {
        this(plans, makeProblems, dependencies, incomplete, List.of());
    }
}
