package dev.cgoguard.engine;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.workspace.FileProblem;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one analysis of a workspace gave: the build plans, the findings (sorted), the files that could
 * not be read, for every file that produced plans the workspace files its plans read (an editor
 * uses them to know which files' diagnostics an edit can change), and the rules that failed, with
 * their exceptions (their {@code internal-error} findings are among the findings).
 */
public record AnalysisResult(List<BuildPlan> plans, List<Finding> findings, List<FileProblem> problems,
        Map<String, Set<String>> dependencies, List<RuleFailure> ruleFailures) {

    /** A result in which no rule failed. */
    public AnalysisResult(List<BuildPlan> plans, List<Finding> findings, List<FileProblem> problems,
            Map<String, Set<String>> dependencies) {
        this(plans, findings, problems, dependencies, List.of());
    }
}
