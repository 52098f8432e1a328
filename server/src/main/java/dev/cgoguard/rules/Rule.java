package dev.cgoguard.rules;

import dev.cgoguard.finding.Finding;
import java.util.List;

/** A check over build plans. Rules never read files: everything they need is in the {@link RuleContext}. */
public interface Rule {
    RuleInfo info();

    List<Finding> check(RuleContext context);

    /**
     * The remedies the rule's fixes apply when it has more than one, the preferred first; a setting
     * or {@code --fix=RULE:ALTERNATIVE} names one of them to apply in place of the preferred. Empty
     * for a rule with one remedy or none.
     */
    default List<FixAlternative> fixAlternatives() {
        return List.of();
    }
}
