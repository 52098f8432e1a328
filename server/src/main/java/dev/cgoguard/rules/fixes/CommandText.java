package dev.cgoguard.rules.fixes;

import dev.cgoguard.finding.FileEdit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A go command as its author wrote it, in its file's own syntax (a shell line of a Makefile, script,
 * Dockerfile or CI job; a build entry of a release tool's YAML), with the edits fixes make to it.
 * Each file kind writes them its own way; an edit is offered only where the text itself holds what
 * is changed: a flag hidden in a variable or a template gets no edit rather than a wrong one.
 */
public interface CommandText {
    /**
     * Adds build tags to the tags written for the command, in their style (comma or space separated,
     * same quotes; a YAML list item each), or writes tags with the ones the command already had
     * ({@code currentTags}, from GOFLAGS say) plus the new ones. Empty when the tags are written
     * through a variable, or all are there.
     */
    Optional<FileEdit> addTags(List<String> currentTags, List<String> wanted);

    /**
     * Whether {@code flag} (such as {@code "-tags"}) is written literally on the command, rather than
     * coming from an expansion ({@code "${FLAGS[@]}"}, {@code $BUILDFLAGS}); a kind that writes its
     * flags as settings says true.
     */
    default boolean writesFlag(String flag) {
        return true;
    }

    /** Removes build tags written for the command; the whole tags setting when none is left. Empty when one is not written there. */
    Optional<List<FileEdit>> removeTags(List<String> unwanted);

    /** Adds a build flag such as {@code -buildmode=pie} to the command. */
    FileEdit addFlag(String flagText);

    /** The {@code -ldflags} value as written for the command, when it is written there literally. */
    Optional<LinkerFlagsText> ldflags();

    /** Sets an environment variable for the command: replaces a literal setting of it, or adds one. */
    FileEdit setEnvironment(String name, String value);

    /** Sets several environment variables for the command in one go. */
    List<FileEdit> setEnvironment(Map<String, String> values);

    /** Removes a flag written literally for the command ({@code -a}, {@code -installsuffix cgo}), with its value. */
    List<FileEdit> removeFlag(String name, boolean takesValue);

    /** Whether a setting of the environment variable {@code name} is written for the command itself. */
    boolean setsEnvironment(String name);

    /**
     * Removes the words that match from the value of an environment variable written for the command
     * ({@code -static} from {@code CGO_LDFLAGS="-static -lm"}); the setting goes when nothing is left
     * in it. Empty when no such word is written there.
     */
    Optional<FileEdit> removeEnvironmentWords(String name, Predicate<String> unwanted);

    /**
     * The variable whose value the command's {@code -ldflags} is, when it is written as that variable
     * alone ({@code -ldflags "$(LDFLAGS)"}); a kind without variables has none.
     */
    default Optional<String> ldflagsVariable() {
        return Optional.empty();
    }

    /** Where the command starts in the text at its plan's location (a shell line: its first {@code NAME=value}). */
    int commandOffset();
}
