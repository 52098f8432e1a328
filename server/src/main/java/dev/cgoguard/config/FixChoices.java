package dev.cgoguard.config;

import dev.cgoguard.rules.FixAlternative;
import dev.cgoguard.rules.Rule;
import dev.cgoguard.rules.RuleRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The remedies each rule offers by name, and the one check of a fix choice ({@code RULE: ALTERNATIVE})
 * that the settings file, the command line and the editor's settings share: the rule must exist and
 * offer that remedy. The words of a refusal are the same everywhere.
 */
public final class FixChoices {
    private final Map<String, List<String>> alternatives = new LinkedHashMap<>();

    public FixChoices(RuleRegistry rules) {
        for (Rule rule : rules.all()) {
            alternatives.put(rule.info().id(), rule.fixAlternatives().stream().map(FixAlternative::id).toList());
        }
    }

    /** Choices for the given rules and their remedies (for tests and readers given no registry). */
    public FixChoices(Map<String, List<String>> alternativesByRule) {
        alternatives.putAll(alternativesByRule);
    }

    /** Why {@code alternative} cannot be chosen for {@code rule}, or empty when it can. */
    public Optional<String> problem(String rule, String alternative) {
        List<String> offered = alternatives.get(rule);
        if (offered == null) {
            return Optional.of("unknown rule '" + rule + "'; 'cgoguard rules' lists them");
        }
        if (offered.isEmpty()) {
            return Optional.of("the rule " + rule + " offers one fix, so there is no alternative to choose");
        }
        if (alternative == null || !offered.contains(alternative.strip())) {
            return Optional.of("the rule " + rule + " has no fix '" + (alternative == null ? "" : alternative.strip())
                    + "' (its fixes: " + String.join(", ", offered) + ")");
        }
        return Optional.empty();
    }
}
