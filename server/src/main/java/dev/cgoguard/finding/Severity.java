package dev.cgoguard.finding;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is, most serious first. */
public enum Severity {
    ERROR,
    WARNING,
    INFO,
    HINT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** One step less serious (used when a finding depends on something unknown). */
    public Severity lower() {
        return this == HINT ? HINT : values()[ordinal() + 1];
    }

    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Optional<Severity> parse(String text) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(text.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
