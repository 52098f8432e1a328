package dev.cgoguard.rules;

import dev.cgoguard.workspace.SourceLocation;
import java.util.Optional;

/**
 * The text at a location a plan names (a go command, a FROM line). Rules decide from plans;
 * only fix builders read these snippets, to compute edits that keep the author's own text.
 */
@FunctionalInterface
public interface SourceSnippets {
    Optional<String> text(SourceLocation location);
}
