package dev.cgoguard.rules;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.plan.BuildPlan;
import java.util.ArrayList;
import java.util.List;

/** A rule that looks at one build plan at a time. */
public interface PlanRule extends Rule {
    /** Adds the findings of one plan. */
    void check(BuildPlan plan, RuleContext context, List<Finding> findings);

    @Override
    default List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (BuildPlan plan : context.plans()) {
            check(plan, context, findings);
        }
        return findings;
    }
}
