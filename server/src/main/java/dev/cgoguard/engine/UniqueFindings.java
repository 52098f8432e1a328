package dev.cgoguard.engine;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.rules.RuleRegistry;
import dev.cgoguard.workspace.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What both front-ends present: each finding once (rule, place and message), with its related
 * places de-duplicated and capped at {@value #MAX_RELATED} (one per file first, then "and N more"),
 * and, where a rule has a finding at its full severity at a place, without the uncertain variants of
 * it that other alternatives of the same command gave (a Make conditional, a shell branch).
 */
final class UniqueFindings {
    static final int MAX_RELATED = 8;

    private UniqueFindings() {
    }

    static List<Finding> of(List<Finding> findings, RuleRegistry rules) {
        Map<List<Object>, Finding> unique = new LinkedHashMap<>();
        for (Finding finding : findings) {
            unique.merge(List.of(finding.rule(), finding.location(), finding.message()), finding, UniqueFindings::joined);
        }
        Set<List<Object>> certainPlaces = new HashSet<>();
        for (Finding finding : unique.values()) {
            if (!lowered(finding, rules)) {
                certainPlaces.add(List.of(finding.rule(), finding.location()));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Finding finding : unique.values()) {
            if (lowered(finding, rules) && certainPlaces.contains(List.of(finding.rule(), finding.location()))) {
                continue;
            }
            out.add(capped(finding));
        }
        return out;
    }

    /** Reported below the rule's default severity: a finding that rests on something unknown. */
    private static boolean lowered(Finding finding, RuleRegistry rules) {
        Severity full = rules.find(finding.rule()).map(r -> r.info().defaultSeverity()).orElse(finding.severity());
        return !finding.severity().atLeast(full);
    }

    private static Finding joined(Finding first, Finding same) {
        List<RelatedLocation> related = new ArrayList<>(first.related());
        related.addAll(same.related());
        Severity severity = first.severity().atLeast(same.severity()) ? first.severity() : same.severity();
        return new Finding(first.rule(), severity, first.location(), first.message(), related, first.fixes());
    }

    /** The related places once each, the first of every file first, at most {@value #MAX_RELATED}. */
    static Finding capped(Finding finding) {
        List<RelatedLocation> distinct = new ArrayList<>(new LinkedHashSet<>(finding.related()));
        if (distinct.size() <= MAX_RELATED) {
            return distinct.size() == finding.related().size() ? finding
                    : new Finding(finding.rule(), finding.severity(), finding.location(), finding.message(), distinct,
                            finding.fixes());
        }
        List<RelatedLocation> chosen = new ArrayList<>();
        Set<String> files = new HashSet<>();
        for (RelatedLocation r : distinct) {
            if (chosen.size() < MAX_RELATED && files.add(r.location().path())) {
                chosen.add(r);
            }
        }
        for (RelatedLocation r : distinct) {
            if (chosen.size() < MAX_RELATED && !chosen.contains(r)) {
                chosen.add(r);
            }
        }
        chosen.sort((a, b) -> Integer.compare(distinct.indexOf(a), distinct.indexOf(b)));
        int more = distinct.size() - chosen.size();
        RelatedLocation last = chosen.get(chosen.size() - 1);
        SourceLocation at = last.location();
        chosen.set(chosen.size() - 1, new RelatedLocation(at, last.message() + "; and " + more + " more place"
                + (more == 1 ? "" : "s") + " like these"));
        return new Finding(finding.rule(), finding.severity(), finding.location(), finding.message(), chosen, finding.fixes());
    }
}
