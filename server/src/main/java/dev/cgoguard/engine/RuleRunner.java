package dev.cgoguard.engine;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.rules.Rule;
import dev.cgoguard.rules.RuleContext;
import dev.cgoguard.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the enabled rules over a context and applies the configured severities. A rule that fails
 * with an exception costs its own findings only; the failure becomes an internal finding so that it
 * is seen rather than silently lost.
 */
final class RuleRunner {
    private final RuleRegistry rules;
    private final AnalysisOptions options;

    RuleRunner(RuleRegistry rules, AnalysisOptions options) {
        this.rules = rules;
        this.options = options;
    }

    List<Finding> run(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules.all()) {
            String configured = options.ruleSeverities().get(rule.info().id());
            if ("off".equalsIgnoreCase(configured)) {
                continue;
            }
            Optional<Severity> override = configured == null ? Optional.empty() : Severity.parse(configured);
            for (Finding finding : rule.check(context)) {
                findings.add(override.map(finding::withSeverity).orElse(finding));
            }
        }
        return findings;
    }
}
