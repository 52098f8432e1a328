package dev.cgoguard.engine;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.rules.InvalidSuppressionRule;
import dev.cgoguard.rules.Rule;
import dev.cgoguard.rules.RuleInfo;
import dev.cgoguard.rules.RuleRegistry;
import dev.cgoguard.rules.UnusedSuppressionRule;
import dev.cgoguard.workspace.ThirdPartyPaths;
import dev.cgoguard.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the {@code cgoguard:ignore} comments of a workspace to its findings: a valid suppression
 * drops the findings of the rules it names whose primary location covers its target line (a related
 * location is never enough); a suppression without a reason or with an unknown rule is reported as
 * {@code invalid-suppression}, and a rule named by a suppression that silenced nothing as
 * {@code unused-suppression}, both with the configured severities. Only files that contain the
 * marker are scanned.
 */
public final class Suppressions {
    private final Set<String> knownRules;
    private final AnalysisOptions options;

    public Suppressions(RuleRegistry rules, AnalysisOptions options) {
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules.all()) {
            ids.add(rule.info().id());
        }
        ids.add(UnusedSuppressionRule.INFO.id());
        ids.add(InvalidSuppressionRule.INFO.id());
        this.knownRules = Set.copyOf(ids);
        this.options = options;
    }

    public List<Finding> apply(List<Finding> findings, Workspace workspace) {
        SuppressionParser parser = parser();
        return apply(findings, DiskReads.of(workspace, parser).addTo(SuppressionIndex.scan(workspace, parser)));
    }

    /** The parser of suppression comments that knows this registry's rules. */
    SuppressionParser parser() {
        return new SuppressionParser(knownRules);
    }

    /** Applies the suppressions already read from the snapshot. */
    List<Finding> apply(List<Finding> findings, SuppressionIndex index) {
        Map<String, List<Suppression>> byPath = index.byPath();
        if (byPath.isEmpty()) {
            return findings;
        }
        Map<Suppression, Set<String>> usedRules = new HashMap<>();
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : findings) {
            Optional<Suppression> silencing = byPath.getOrDefault(finding.location().path(), List.of()).stream()
                    .filter(s -> s.valid() && s.rules().contains(finding.rule()) && covers(finding, s.targetLine()))
                    .findFirst();
            if (silencing.isPresent()) {
                usedRules.computeIfAbsent(silencing.get(), k -> new HashSet<>()).add(finding.rule());
            } else {
                kept.add(finding);
            }
        }
        for (Map.Entry<String, List<Suppression>> entry : byPath.entrySet()) {
            if (!options.includeThirdParty() && ThirdPartyPaths.contains(entry.getKey())) {
                continue; // another project's comments, in a file that is not analysed
            }
            for (Suppression s : entry.getValue()) {
                if (!s.valid()) {
                    report(InvalidSuppressionRule.INFO, s, s.problem(), kept);
                    continue;
                }
                for (String rule : s.rules()) {
                    boolean silenced = usedRules.getOrDefault(s, Set.of()).contains(rule);
                    if (!silenced && !"off".equalsIgnoreCase(options.ruleSeverities().get(rule))) {
                        report(UnusedSuppressionRule.INFO, s, "the suppression of " + rule + " matches no finding on line "
                                + (s.targetLine() + 1) + "; remove it", kept);
                    }
                }
            }
        }
        kept.sort(Finding.ORDER);
        return List.copyOf(kept);
    }

    /** True when the finding's primary range covers the line (its end line counts only when it ends inside it). */
    private static boolean covers(Finding finding, int line) {
        var range = finding.location().range();
        int lastLine = range.end().line() > range.start().line() && range.end().column() == 0
                ? range.end().line() - 1 : range.end().line();
        return line >= range.start().line() && line <= lastLine;
    }

    private void report(RuleInfo rule, Suppression s, String message, List<Finding> into) {
        String configured = options.ruleSeverities().get(rule.id());
        if ("off".equalsIgnoreCase(configured)) {
            return;
        }
        Severity severity = configured == null ? rule.defaultSeverity() : Severity.parse(configured).orElse(rule.defaultSeverity());
        into.add(new Finding(rule.id(), severity, s.comment(), message, List.of(), List.of()));
    }
}
