package dev.cgoguard.cli;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fixes named with {@code --fix=RULE:ALTERNATIVE}: a finding of such a rule is fixed only with the
 * fix named, so one that does not offer it is left as it is (and said so), never fixed another way.
 */
final class ChosenFixes {
    private final Map<String, String> byRule;
    private final LintTarget target;
    /** Why findings were left unfixed, in the order met, each once. */
    private final Set<String> notFixed = new LinkedHashSet<>();

    ChosenFixes(Map<String, String> byRule, LintTarget target) {
        this.byRule = byRule;
        this.target = target;
    }

    /** True when the finding's rule has no chosen fix, or the finding offers it; else remembers why not. */
    synchronized boolean allows(Finding finding) {
        String chosen = byRule.get(finding.rule());
        if (chosen == null || finding.fixes().isEmpty()
                || finding.fixes().stream().anyMatch(fix -> chosen.equals(fix.alternative()))) {
            return true;
        }
        var start = finding.location().range().start();
        notFixed.add("cgoguard: not fixing " + target.local(finding.location().path()) + ":" + (start.line() + 1) + ":"
                + (start.column() + 1) + ": the " + finding.rule() + " finding there offers no '" + chosen + "' fix"
                + " (its fixes there: " + finding.fixes().stream().map(Fix::alternative).filter(a -> a != null)
                        .collect(Collectors.joining(", ")) + ")");
        return false;
    }

    synchronized List<String> notFixed() {
        return List.copyOf(notFixed);
    }
}
