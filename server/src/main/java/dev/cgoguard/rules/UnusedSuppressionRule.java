package dev.cgoguard.rules;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import java.util.List;

/**
 * A {@code cgoguard:ignore} comment that silences nothing. The engine reports it while it applies
 * suppressions (after every rule has run), so {@link #check} itself finds nothing.
 */
public final class UnusedSuppressionRule implements Rule {
    public static final RuleInfo INFO = new RuleInfo("unused-suppression", Severity.INFO,
            "A cgoguard:ignore comment silences no finding; remove it");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return List.of();
    }
}
