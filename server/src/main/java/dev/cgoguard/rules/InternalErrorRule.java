package dev.cgoguard.rules;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import java.util.List;

/**
 * A rule of cgoguard failed with an exception where it checked a go command: that rule's findings
 * there are missing, while every other rule's are reported. The engine reports it while it runs the
 * rules, so {@link #check} itself finds nothing.
 */
public final class InternalErrorRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("internal-error", Severity.WARNING,
            "A rule of cgoguard failed here: its findings are missing, the other rules' are reported");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return List.of();
    }
}
