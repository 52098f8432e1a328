package dev.cgoguard.rules.fixes;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The assignment of a variable as its author wrote it in a build file, in that file's syntax:
 * {@code export NAME=value} or {@code NAME=value} in a script or a recipe line, {@code NAME := value}
 * ({@code =}, {@code ?=}, {@code ::=}, with {@code export} or {@code override}) in a Makefile,
 * {@code ENV NAME=value}, {@code ENV NAME value} or {@code ARG NAME=value} in a Dockerfile, and
 * {@code NAME: value} in a workflow's {@code env:} mapping. Only the one assignment of a name in the
 * part of the file looked at is returned: where there are several (branches, overrides), which one a
 * command sees is not something a text edit should guess.
 */
public final class AssignmentText {
    private static final String SHELL_WORD = "(\"[^\"$`\\\\]*\"|'[^']*'|[^\\s;&|#\"'`$\\\\]*)";

    private final String path;
    private final SourceText file;
    private final int lineStart;
    private final int valueStart;
    private final int valueEnd;
    private final char quote;
    private final boolean shellWord;

    private AssignmentText(String path, SourceText file, int lineStart, int valueStart, int valueEnd, boolean shellWord) {
        this.path = path;
        this.file = file;
        this.lineStart = lineStart;
        String written = file.text().substring(valueStart, valueEnd);
        this.quote = written.length() >= 2 && (written.charAt(0) == '"' || written.charAt(0) == '\'')
                && written.charAt(written.length() - 1) == written.charAt(0) ? written.charAt(0) : 0;
        this.valueStart = valueStart;
        this.valueEnd = valueEnd;
        this.shellWord = shellWord;
    }

    /**
     * The one assignment of {@code name} in {@code text} (a whole file) between offsets {@code from}
     * and {@code to}, in the syntax of a file of kind {@code kind}; empty when there is none or more
     * than one.
     */
    public static Optional<AssignmentText> unique(PlanOrigin.Kind kind, String path, String text, String name, int from, int to) {
        SourceText file = new SourceText(text);
        List<AssignmentText> found = new ArrayList<>();
        int first = file.positionAt(from).line();
        int last = file.positionAt(Math.max(from, to)).line();
        for (int line = first; line <= last && line < file.lineCount(); line++) {
            if (line > 0 && SourceText.continuesOnNextLine(file.line(line - 1))) {
                continue;
            }
            int start = file.lineStart(line);
            if (start < from || start >= to) {
                continue;
            }
            String content = file.line(line);
            for (Pattern pattern : patterns(kind, name)) {
                Matcher m = pattern.matcher(content);
                if (m.find()) {
                    found.add(new AssignmentText(path, file, start, start + m.start(1), start + m.end(1),
                            pattern.pattern().contains(SHELL_WORD)));
                    break;
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static List<Pattern> patterns(PlanOrigin.Kind kind, String name) {
        String n = Pattern.quote(name);
        Pattern shell = Pattern.compile("^[ \\t]*(?:export[ \\t]+|declare[ \\t]+-x[ \\t]+)?" + n + "=" + SHELL_WORD
                + "[ \\t]*(?:$|;|&&|#)");
        return switch (kind) {
            case SCRIPT -> List.of(shell);
            case MAKEFILE -> List.of(
                    Pattern.compile("^(?:override[ \\t]+)?(?:export[ \\t]+)?" + n + "[ \\t]*(?:::=|:=|\\?=|=)[ \\t]*([^#\\n]*?)[ \\t]*(?:#.*)?$"),
                    Pattern.compile("^\\t[ \\t@+-]*(?:export[ \\t]+)?" + n + "=" + SHELL_WORD + "[ \\t]*(?:$|;|&&)"));
            case DOCKERFILE -> List.of(
                    Pattern.compile("(?i)^[ \\t]*(?:ENV|ARG)[ \\t]+(?:\\S+=\\S+[ \\t]+)*" + n + "=" + SHELL_WORD + "(?:[ \\t]|$)"),
                    Pattern.compile("(?i)^[ \\t]*ENV[ \\t]+" + n + "[ \\t]+([^=\\s][^\\n]*?)[ \\t]*$"));
            case WORKFLOW -> List.of(Pattern.compile("^[ \\t]+" + n + ":[ \\t]*(\"[^\"]*\"|'[^']*'|[^\\s#'\"][^#\\n]*?)[ \\t]*(?:#.*)?$"));
            // a release tool's global env: applies to every build; the build's own env: is edited instead
            case BUILD_CONFIG, BUILD_PROGRAM -> List.of();
        };
    }

    /** The value without its quotes. */
    public String inner() {
        return quote == 0 ? file.text().substring(valueStart, valueEnd) : file.text().substring(valueStart + 1, valueEnd - 1);
    }

    /** The outer quote of the value, or 0. */
    public char quote() {
        return quote;
    }

    /** Whether the value is one shell word (blanks need quotes), as in a script; a Make or YAML value is the rest of its line. */
    boolean shellWord() {
        return shellWord;
    }

    /** Where the assignment's line starts in the file. */
    public int lineStart() {
        return lineStart;
    }

    /** Replaces the value (inside its quotes) with {@code newInner}, quoting it when it needs quotes to stay one word. */
    public FileEdit replaceValue(String newInner) {
        if (quote == 0 && shellWord && newInner.matches(".*[\\s;&|#\"'`$].*")) {
            return edit(valueStart, valueEnd, "\"" + newInner.replace("\"", "\\\"") + "\"");
        }
        return editInner(0, inner().length(), newInner);
    }

    /** Replaces {@code start..end} of the value's inner text. */
    FileEdit editInner(int start, int end, String text) {
        int base = valueStart + (quote == 0 ? 0 : 1);
        return edit(base + start, base + end, text);
    }

    private FileEdit edit(int start, int end, String text) {
        return new FileEdit(path, new TextRange(file.positionAt(start), file.positionAt(end)), text);
    }
}
