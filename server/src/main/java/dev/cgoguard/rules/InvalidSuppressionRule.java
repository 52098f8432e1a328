package dev.cgoguard.rules;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import java.util.List;

/**
 * A {@code cgoguard:ignore} comment without a reason or with an unknown rule id; it silences nothing.
 * The engine reports it while it applies suppressions, so {@link #check} itself finds nothing.
 */
public final class InvalidSuppressionRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("invalid-suppression", Severity.WARNING,
            "A cgoguard:ignore comment lacks a reason or names an unknown rule, so it silences nothing");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return List.of();
    }
}
