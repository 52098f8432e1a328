package dev.cgoguard.rules;

import dev.cgoguard.finding.Finding;
import java.util.List;

/** A check over build plans. Rules never read files: everything they need is in the {@link RuleContext}. */
public interface Rule {
    RuleInfo info();

    List<Finding> check(RuleContext context);
}
