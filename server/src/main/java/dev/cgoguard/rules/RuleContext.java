package dev.cgoguard.rules;

import dev.cgoguard.knowledge.Knowledge;
import dev.cgoguard.make.MakeProblem;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.EvaluationProblem;
import java.util.List;

/**
 * What rules see: the build plans of the workspace, the problems the Make evaluation found, the
 * places where the evaluation of a file stopped short, the snippets of source text that fix
 * builders edit, and the knowledge tables (images, Debian and Go releases) the rules read: rules
 * reach no table of their own.
 */
public record RuleContext(List<BuildPlan> plans, List<MakeProblem> makeProblems, List<EvaluationProblem> incomplete,
        SourceSnippets snippets, Knowledge knowledge) {
}
