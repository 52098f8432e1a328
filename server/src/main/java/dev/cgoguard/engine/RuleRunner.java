package dev.cgoguard.engine;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.rules.InternalErrorRule;
import dev.cgoguard.rules.PlanRule;
import dev.cgoguard.rules.Rule;
import dev.cgoguard.rules.RuleContext;
import dev.cgoguard.rules.RuleRegistry;
import dev.cgoguard.workspace.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the enabled rules over a context and applies the configured severities and fix choices
 * (see {@link FixPolicy#choose}). A rule that fails
 * with an exception costs only its own findings, and only where it failed (a rule over single
 * plans, on that plan): the failure becomes an {@code internal-error} finding naming the rule, at
 * the go command it was checking (or the first one, for a rule over the whole workspace), and is
 * kept with its exception for the front-ends' logs.
 */
final class RuleRunner {
    private final RuleRegistry rules;
    private final AnalysisOptions options;

    RuleRunner(RuleRegistry rules, AnalysisOptions options) {
        this.rules = rules;
        this.options = options;
    }

    /** What the rules found, and the failures of those that threw. */
    record Outcome(List<Finding> findings, List<RuleFailure> failures) {
    }

    Outcome run(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        List<RuleFailure> failures = new ArrayList<>();
        for (Rule rule : rules.all()) {
            if (off(rule.info().id())) {
                continue;
            }
            Optional<Severity> override = override(rule.info().id());
            String choice = options.fixChoices().get(rule.info().id());
            for (Finding finding : check(rule, context, failures)) {
                findings.add(FixPolicy.choose(override.map(level -> finding.withSeverity(configured(rule, finding, level)))
                        .orElse(finding), choice));
            }
        }
        if (!off(InternalErrorRule.INFO.id())) {
            Severity severity = override(InternalErrorRule.INFO.id()).orElse(InternalErrorRule.INFO.defaultSeverity());
            for (RuleFailure failure : failures) {
                if (failure.location() != null) {
                    findings.add(internalError(failure, severity));
                }
            }
        }
        return new Outcome(findings, List.copyOf(failures));
    }

    private static List<Finding> check(Rule rule, RuleContext context, List<RuleFailure> failures) {
        if (rule instanceof PlanRule planRule) {
            List<Finding> findings = new ArrayList<>();
            for (BuildPlan plan : context.plans()) {
                List<Finding> ofPlan = new ArrayList<>();
                try {
                    planRule.check(plan, context, ofPlan);
                    findings.addAll(ofPlan);
                } catch (RuntimeException | StackOverflowError e) {
                    failures.add(new RuleFailure(rule.info().id(), plan.origin().location(), e));
                }
            }
            return findings;
        }
        try {
            return rule.check(context);
        } catch (RuntimeException | StackOverflowError e) {
            SourceLocation where = !context.plans().isEmpty() ? context.plans().get(0).origin().location()
                    : context.makeProblems().stream().findFirst()
                            .map(p -> new SourceLocation(p.makefile(), p.range())).orElse(null);
            failures.add(new RuleFailure(rule.info().id(), where, e));
            return List.of();
        }
    }

    private static Finding internalError(RuleFailure failure, Severity severity) {
        Throwable error = failure.error();
        String why = error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getClass().getSimpleName() + ": " + error.getMessage();
        return new Finding(InternalErrorRule.INFO.id(), severity, failure.location(),
                "cgoguard's rule " + failure.rule() + " failed here (" + why + "), so its findings here are missing;"
                        + " the other rules' findings are reported. This is a bug in cgoguard: please report it with the"
                        + " file.", List.of(), List.of());
    }

    /**
     * A configured level is the severity of the rule's findings; one the rule reports lower than its
     * default (a finding that rests on something unknown, reported at info) stays that low unless
     * the level is lower still, so that no setting makes an uncertain finding an error.
     */
    private static Severity configured(Rule rule, Finding finding, Severity level) {
        boolean lowered = !finding.severity().atLeast(rule.info().defaultSeverity());
        return lowered && level.atLeast(finding.severity()) ? finding.severity() : level;
    }

    private boolean off(String rule) {
        return "off".equalsIgnoreCase(options.ruleSeverities().get(rule));
    }

    private Optional<Severity> override(String rule) {
        String configured = options.ruleSeverities().get(rule);
        return configured == null ? Optional.empty() : Severity.parse(configured);
    }
}
