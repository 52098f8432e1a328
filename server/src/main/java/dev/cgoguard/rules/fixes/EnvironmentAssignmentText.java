package dev.cgoguard.rules.fixes;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line above a go command that gives it an environment variable, in a shell script or a
 * Makefile ({@code export CGO_ENABLED=0}, {@code CGO_ENABLED=0} on a line of its own, or a recipe
 * line of a {@code .ONESHELL} recipe): a fix that changes the variable edits that value in place
 * rather than prefixing the command and leaving a contradicting assignment above it. Only a
 * single plain assignment of the name is taken; with several (branches, overrides), which one
 * the command sees is not something a text edit should guess.
 */
public final class EnvironmentAssignmentText {
    private final SourceLocation value;
    private final String written;

    private EnvironmentAssignmentText(SourceLocation value, String written) {
        this.value = value;
        this.written = written;
    }

    /**
     * The one assignment of {@code name} in {@code above} (the text of {@code path} from its start
     * up to the command) whose value, unquoted, is {@code expected}; empty when there is none,
     * several, or one with another value.
     */
    public static Optional<EnvironmentAssignmentText> find(String path, String above, String name, String expected) {
        Pattern assignment = Pattern.compile("^[ \\t]*[@+-]*[ \\t]*(?:export[ \\t]+)?" + Pattern.quote(name)
                + "[ \\t]*:?=[ \\t]*(\"[^\"$`\\\\]*\"|'[^']*'|[^\\s;&|#\"'`$\\\\]*)[ \\t]*(?:$|;|&&|#)");
        List<EnvironmentAssignmentText> found = new ArrayList<>();
        String[] lines = above.split("\n", -1);
        for (int line = 0; line < lines.length; line++) {
            Matcher m = assignment.matcher(lines[line]);
            if (m.find()) {
                TextRange range = new TextRange(new TextPosition(line, m.start(1)), new TextPosition(line, m.end(1)));
                found.add(new EnvironmentAssignmentText(new SourceLocation(path, range), m.group(1)));
            } else if (lines[line].matches(".*(^|[\\s;&|(])" + Pattern.quote(name) + "=.*")) {
                return Optional.empty(); // assigned another way (a condition, a subshell, a list): not a plain line to edit
            }
        }
        if (found.size() != 1 || !found.get(0).unquoted().equals(expected)) {
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    /** The line of the file the assignment is on. */
    public int line() {
        return value.range().start().line();
    }

    /** Replaces the assigned value, keeping its quotes. */
    public FileEdit replaceValue(String newValue) {
        char quote = written.length() >= 2 && (written.charAt(0) == '"' || written.charAt(0) == '\'') ? written.charAt(0) : 0;
        return new FileEdit(value.path(), value.range(), quote == 0 ? newValue : quote + newValue + quote);
    }

    private String unquoted() {
        boolean quoted = written.length() >= 2 && (written.charAt(0) == '"' || written.charAt(0) == '\'');
        return quoted ? written.substring(1, written.length() - 1) : written;
    }
}
