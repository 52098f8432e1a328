package dev.cgoguard.finding;

import java.util.List;

/**
 * A change that removes a finding's hazard: a title, whether it is the preferred fix, its edits
 * (maybe in several files), and the name of the remedy it applies among those its rule offers
 * ({@code tags}, {@code musl}, {@code dynamic}, ...; null when the rule has only one), by which a
 * setting or {@code --fix=RULE:ALTERNATIVE} chooses it.
 */
public record Fix(String title, boolean preferred, List<FileEdit> edits, String alternative) {
    public Fix {
        edits = List.copyOf(edits);
    }

    /** A fix that is its rule's only remedy. */
    public Fix(String title, boolean preferred, List<FileEdit> edits) {
        this(title, preferred, edits, null);
    }

    /** The same fix, preferred or not. */
    public Fix withPreferred(boolean isPreferred) {
        return new Fix(title, isPreferred, edits, alternative);
    }
}
