package dev.cgoguard.rules;

import dev.cgoguard.rules.fixes.CommandText;
import dev.cgoguard.rules.fixes.GoCommandText;
import dev.cgoguard.workspace.SourceLocation;
import java.util.Optional;

/**
 * The text at a location a plan names (a go command, a FROM line). Rules decide from plans;
 * only fix builders read these snippets, to compute edits that keep the author's own text.
 */
@FunctionalInterface
public interface SourceSnippets {
    Optional<String> text(SourceLocation location);

    /**
     * The go command written at a plan's location, in its file's syntax: by default a shell line;
     * the engine asks the file kind's {@link dev.cgoguard.rules.fixes.CommandTextSource} first.
     */
    default Optional<CommandText> command(SourceLocation location) {
        return text(location).flatMap(text -> GoCommandText.find(location, text));
    }
}
