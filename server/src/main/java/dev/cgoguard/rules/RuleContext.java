package dev.cgoguard.rules;

import dev.cgoguard.make.MakeProblem;
import dev.cgoguard.plan.BuildPlan;
import java.util.List;

/** What rules see: the build plans of the workspace and the problems the Make evaluation found. */
public record RuleContext(List<BuildPlan> plans, List<MakeProblem> makeProblems) {
}
