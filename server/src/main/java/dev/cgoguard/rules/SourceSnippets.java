package dev.cgoguard.rules;

import dev.cgoguard.rules.fixes.CommandText;
import dev.cgoguard.rules.fixes.GoCommandText;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextRange;
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

    /** The whole text of a file, for a fix that edits another line than the one a plan names (an assignment above it). */
    default Optional<String> file(String path) {
        return text(new SourceLocation(path, TextRange.of(0, 0, Integer.MAX_VALUE, 0)));
    }

    /** The whole text of the line {@code line} (0-based) of a file, without its line break. */
    default Optional<String> line(String path, int line) {
        return text(new SourceLocation(path, TextRange.of(line, 0, line + 1, 0)))
                .map(text -> text.endsWith("\n") ? text.substring(0, text.length() - 1) : text)
                .map(text -> text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
    }
}
