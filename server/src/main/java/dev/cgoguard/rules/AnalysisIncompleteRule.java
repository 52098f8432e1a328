package dev.cgoguard.rules;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.plan.EvaluationProblem;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A place where cgoguard could not evaluate a build file completely (a Makefile it cannot read past,
 * an include that is not there, a Dockerfile instruction it cannot read, a workflow that is not
 * valid YAML, a script longer than its limits): said where it stopped, with what it could not read
 * and what that means for the findings of the file, so that a clean report is never mistaken for a
 * file that was not read. Info on the command line, a hint in the editor.
 */
public final class AnalysisIncompleteRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("analysis-incomplete", Severity.INFO,
            "cgoguard could not evaluate part of a build file: findings there may be missing", Severity.HINT,
            "a hint in the editor");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        Set<Finding> findings = new LinkedHashSet<>(); // a file included by two Makefiles is reported once
        for (EvaluationProblem problem : context.incomplete()) {
            findings.add(new Finding(INFO.id(), INFO.defaultSeverity(), problem.location(),
                    problem.what() + ". What this means: " + problem.consequence() + ".", List.of(), List.of()));
        }
        return List.copyOf(findings);
    }
}
