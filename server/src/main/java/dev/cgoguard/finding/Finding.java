package dev.cgoguard.finding;

import dev.cgoguard.workspace.SourceLocation;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A hazard found: the rule, its severity, where it sits, what will happen and why, the places behind it, and its fixes. */
public record Finding(String rule, Severity severity, SourceLocation location, String message,
        List<RelatedLocation> related, List<Fix> fixes) {

    /** Sorted by path, line, column, then rule, as every front-end presents them. */
    public static final Comparator<Finding> ORDER = (a, b) -> {
        int order = a.location().path().compareTo(b.location().path());
        if (order == 0) {
            order = a.location().range().start().compareTo(b.location().range().start());
        }
        if (order == 0) {
            order = a.rule().compareTo(b.rule());
        }
        return order != 0 ? order : a.message().compareTo(b.message());
    };

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, location, message, related, fixes);
    }

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Finding that
                && Objects.equals(rule, that.rule)
                && Objects.equals(severity, that.severity)
                && Objects.equals(location, that.location)
                && Objects.equals(message, that.message)
                && Objects.equals(related, that.related)
                && Objects.equals(fixes, that.fixes);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(rule);
        hash = 31 * hash + Objects.hashCode(severity);
        hash = 31 * hash + Objects.hashCode(location);
        hash = 31 * hash + Objects.hashCode(message);
        hash = 31 * hash + Objects.hashCode(related);
        hash = 31 * hash + Objects.hashCode(fixes);
        return hash;
    }
}
