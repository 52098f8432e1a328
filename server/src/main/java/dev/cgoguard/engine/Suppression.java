package dev.cgoguard.engine;

import dev.cgoguard.workspace.SourceLocation;
import java.util.List;

/**
 * A {@code cgoguard:ignore <rule>[,<rule>] -- <reason>} comment: where it is written, the 0-based
 * line it silences, the rules it names, its reason, and what is wrong with it (null when valid).
 */
record Suppression(SourceLocation comment, int targetLine, List<String> rules, String reason, String problem) {
    boolean valid() {
        return problem == null;
    }
}
