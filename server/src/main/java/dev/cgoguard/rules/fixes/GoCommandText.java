package dev.cgoguard.rules.fixes;

import dev.cgoguard.engine.FileEdit;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A go command as its author wrote it (a recipe line with its Make variables, a script line, a
 * RUN body), with the edits fixes make to it. An edit is offered only where the text itself holds
 * what is changed; a flag hidden in a variable gets no edit rather than a wrong one.
 */
public final class GoCommandText {
    private static final Pattern GO_TOOL = Pattern.compile("(.*/)?go|go1\\.[0-9.]+|\\$[({]GO(CMD|BIN|_?CMD|)?[)}]");
    private static final Set<String> SUBCOMMANDS = Set.of("build", "run", "install", "test");
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");

    private final SourceLocation location;
    private final String text;
    private final List<CommandToken> tokens;
    private final int goIndex;
    private final int subcommandIndex;

    private GoCommandText(SourceLocation location, String text, List<CommandToken> tokens, int goIndex, int subcommandIndex) {
        this.location = location;
        this.text = text;
        this.tokens = tokens;
        this.goIndex = goIndex;
        this.subcommandIndex = subcommandIndex;
    }

    /** The go command in the text at {@code location}, when one is written there literally. */
    public static Optional<GoCommandText> find(SourceLocation location, String text) {
        List<CommandToken> tokens = CommandTokenizer.tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            if (!GO_TOOL.matcher(tokens.get(i).unquoted()).matches()) {
                continue;
            }
            int next = i + 1;
            if (next + 1 < tokens.size() && tokens.get(next).text().equals("-C")) {
                next += 2;
            }
            if (next < tokens.size() && SUBCOMMANDS.contains(tokens.get(next).text())) {
                return Optional.of(new GoCommandText(location, text, tokens, i, next));
            }
        }
        return Optional.empty();
    }

    /**
     * Adds build tags in the style of the existing {@code -tags} (comma or space separated, same
     * quotes), or inserts {@code -tags} after the subcommand with the tags the command already had
     * (from GOFLAGS, say) plus the new ones. Empty when the tags are written through a variable.
     */
    public Optional<FileEdit> addTags(List<String> currentTags, List<String> wanted) {
        int flag = lastFlag("-tags");
        if (flag < 0) {
            Set<String> all = new LinkedHashSet<>(currentTags == null ? List.of() : currentTags);
            all.addAll(wanted);
            CommandToken sub = tokens.get(subcommandIndex);
            return Optional.of(edit(sub.end(), sub.end(), " -tags " + String.join(",", all)));
        }
        CommandToken token = tokens.get(flag);
        CommandToken value;
        int valueStart;
        String written;
        if (token.text().contains("=")) {
            value = token;
            valueStart = token.start() + token.text().indexOf('=') + 1;
            written = token.text().substring(token.text().indexOf('=') + 1);
        } else {
            if (flag + 1 >= tokens.size()) {
                return Optional.empty();
            }
            value = tokens.get(flag + 1);
            valueStart = value.start();
            written = value.text();
        }
        if (written.contains("$") || written.contains("`")) {
            return Optional.empty();
        }
        char quote = written.length() >= 2 && (written.charAt(0) == '\'' || written.charAt(0) == '"')
                && written.charAt(written.length() - 1) == written.charAt(0) ? written.charAt(0) : 0;
        String inner = quote == 0 ? written : written.substring(1, written.length() - 1);
        List<String> missing = new ArrayList<>();
        for (String tag : wanted) {
            if (!List.of(inner.split("[,\\s]+")).contains(tag)) {
                missing.add(tag);
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String separator = inner.contains(",") || !inner.contains(" ") ? "," : " ";
        if (separator.equals(" ") && quote == 0) {
            return Optional.empty();
        }
        String joined = inner.isBlank() ? String.join(separator, missing) : inner + separator + String.join(separator, missing);
        String replacement = quote == 0 ? joined : quote + joined + quote;
        return Optional.of(edit(valueStart, value.end(), replacement));
    }

    /** Sets an environment variable for the command: replaces a literal {@code NAME=…} before it, or adds one. */
    public FileEdit setEnvironment(String name, String value) {
        for (int i = commandStart(); i < goIndex; i++) {
            CommandToken token = tokens.get(i);
            if (token.text().startsWith(name + "=")) {
                return edit(token.start(), token.end(), name + "=" + value);
            }
        }
        CommandToken first = tokens.get(commandStart());
        return edit(first.start(), first.start(), name + "=" + value + " ");
    }

    /** Removes a flag written literally after the subcommand ({@code -a}, {@code -installsuffix cgo}), with its value. */
    public List<FileEdit> removeFlag(String name, boolean takesValue) {
        List<FileEdit> edits = new ArrayList<>();
        for (int i = subcommandIndex + 1; i < end(); i++) {
            CommandToken token = tokens.get(i);
            boolean bare = token.text().equals(name) || token.text().equals("-" + name);
            boolean joined = token.text().startsWith(name + "=") || token.text().startsWith("-" + name + "=");
            if (!bare && !joined) {
                continue;
            }
            int last = bare && takesValue && i + 1 < end() ? i + 1 : i;
            int from = tokens.get(i - 1).end();
            edits.add(edit(from, tokens.get(last).end(), ""));
            i = last;
        }
        return edits;
    }

    private int lastFlag(String name) {
        int found = -1;
        for (int i = subcommandIndex + 1; i < end(); i++) {
            String t = tokens.get(i).text();
            if (t.equals(name) || t.equals("-" + name) || t.startsWith(name + "=") || t.startsWith("-" + name + "=")) {
                found = i;
            }
        }
        return found;
    }

    /** The first token of the simple command the go word belongs to. */
    private int commandStart() {
        int start = goIndex;
        while (start > 0) {
            CommandToken previous = tokens.get(start - 1);
            if (ASSIGNMENT.matcher(previous.text()).matches() || previous.text().equals("env")
                    || previous.text().startsWith("-") && start - 2 >= 0 && tokens.get(start - 2).text().equals("env")) {
                start--;
            } else {
                break;
            }
        }
        return start;
    }

    private int end() {
        for (int i = subcommandIndex + 1; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            if (t.equals(";") || t.equals("&&") || t.equals("||") || t.equals("|") || t.equals("&")) {
                return i;
            }
        }
        return tokens.size();
    }

    private FileEdit edit(int start, int end, String newText) {
        return new FileEdit(location.path(), new TextRange(position(start), position(end)), newText);
    }

    private TextPosition position(int offset) {
        int line = location.range().start().line();
        int column = location.range().start().column();
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        return new TextPosition(line, column);
    }
}
