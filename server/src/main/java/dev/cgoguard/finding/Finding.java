package dev.cgoguard.finding;

import dev.cgoguard.workspace.SourceLocation;
import java.util.Comparator;
import java.util.List;

/** A hazard found: the rule, its severity, where it sits, what will happen and why, the places behind it, and its fixes. */
public record Finding(String rule, Severity severity, SourceLocation location, String message,
        List<RelatedLocation> related, List<Fix> fixes) {

    /** Sorted by path, line, column, then rule, as every front-end presents them. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().path())
            .thenComparing(f -> f.location().range().start())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, location, message, related, fixes);
    }
}
