package dev.cgoguard.rules;

import dev.cgoguard.make.MakeProblem;
import dev.cgoguard.plan.BuildPlan;
import java.util.List;

/**
 * What rules see: the build plans of the workspace, the problems the Make evaluation found, and
 * the snippets of source text that fix builders edit.
 */
public record RuleContext(List<BuildPlan> plans, List<MakeProblem> makeProblems, SourceSnippets snippets) {
}
