package dev.cgoguard.rules.fixes;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A go command as its author wrote it (a recipe line with its Make variables, a script line, a
 * RUN body), with the edits fixes make to it. An edit is offered only where the text itself holds
 * what is changed; a flag hidden in a variable gets no edit rather than a wrong one.
 */
public final class GoCommandText implements CommandText {
    private static final Pattern GO_TOOL = Pattern.compile("(.*/)?go|go1\\.[0-9.]+|\\$[({]GO(CMD|BIN|_?CMD|)?[)}]|\\$\\{?(go|GO)(_?CMD|BIN)?}?");
    private static final Set<String> SUBCOMMANDS = Set.of("build", "run", "install", "test");
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");
    /** A workflow expression, which the runner replaces before the shell runs: the text around it can be edited. */
    private static final Pattern WORKFLOW_EXPRESSION = Pattern.compile("\\$\\{\\{[^}]*}}");
    private static final Pattern VARIABLE_ALONE = Pattern.compile(
            "\"?(?:\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)|\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*))\"?");

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
    @Override
    public Optional<FileEdit> addTags(List<String> currentTags, List<String> wanted) {
        int flag = lastFlag("-tags");
        if (flag < 0) {
            Set<String> all = new LinkedHashSet<>(currentTags == null ? List.of() : currentTags);
            all.addAll(wanted);
            return Optional.of(insertAfterSubcommand("-tags " + String.join(",", all)));
        }
        Optional<WrittenValue> value = writtenValue(flag);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        WrittenValue written = value.get();
        List<String> present = written.tagList();
        List<String> missing = wanted.stream().filter(tag -> !present.contains(tag)).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String separator = written.tagSeparator();
        if (separator.equals(" ") && written.quote() == 0) {
            return Optional.empty();
        }
        String inner = written.inner();
        String joined = inner.isBlank() ? String.join(separator, missing) : inner + separator + String.join(separator, missing);
        return Optional.of(edit(written.start(), written.end(), written.requote(joined)));
    }

    /**
     * Removes build tags from the {@code -tags} written in the command, keeping its separator and
     * quotes; removes the whole flag when no tag is left. Empty when a tag is not written there
     * literally (it comes from a variable or GOFLAGS).
     */
    @Override
    public Optional<List<FileEdit>> removeTags(List<String> unwanted) {
        int flag = lastFlag("-tags");
        if (flag < 0) {
            return Optional.empty();
        }
        Optional<WrittenValue> value = writtenValue(flag);
        if (value.isEmpty() || !value.get().tagList().containsAll(unwanted)) {
            return Optional.empty();
        }
        WrittenValue written = value.get();
        List<String> kept = written.tagList().stream().filter(tag -> !unwanted.contains(tag)).toList();
        if (kept.isEmpty()) {
            return Optional.of(List.of(removeFlagAt(flag, written.joined())));
        }
        return Optional.of(List.of(edit(written.start(), written.end(),
                written.requote(String.join(written.tagSeparator(), kept)))));
    }

    /** Inserts {@code flagText} (for example {@code -buildmode=pie}) right after the subcommand. */
    @Override
    public FileEdit addFlag(String flagText) {
        return insertAfterSubcommand(flagText);
    }

    /** Inserts {@code flagText} (for example {@code -buildmode=pie}) right after the subcommand. */
    public FileEdit insertAfterSubcommand(String flagText) {
        CommandToken sub = tokens.get(subcommandIndex);
        return edit(sub.end(), sub.end(), " " + flagText);
    }

    /** The {@code -ldflags} value as written in the command, when it is written there literally. */
    @Override
    public Optional<LinkerFlagsText> ldflags() {
        int flag = lastFlag("-ldflags");
        if (flag < 0) {
            return Optional.empty();
        }
        return writtenValue(flag).map(value -> LinkerFlagsText.ofCommand(this, value, flag));
    }

    /**
     * The name of the variable whose value the command's {@code -ldflags} is, when the value is
     * written as that variable alone ({@code -ldflags "$(LDFLAGS)"}, {@code -ldflags="${LDFLAGS}"}).
     */
    @Override
    public Optional<String> ldflagsVariable() {
        int flag = lastFlag("-ldflags");
        if (flag < 0) {
            return Optional.empty();
        }
        CommandToken token = tokens.get(flag);
        String written;
        if (token.text().contains("=")) {
            written = token.text().substring(token.text().indexOf('=') + 1);
        } else if (flag + 1 < end()) {
            written = tokens.get(flag + 1).text();
        } else {
            return Optional.empty();
        }
        Matcher m = VARIABLE_ALONE.matcher(written);
        return m.matches() ? Optional.of(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3))
                : Optional.empty();
    }

    /** Whether {@code NAME=…} is written in front of the go word. */
    @Override
    public boolean setsEnvironment(String name) {
        return environmentToken(name) >= 0;
    }

    /**
     * Removes the words that match from a {@code NAME=value} written in front of the go word
     * ({@code -static} from {@code CGO_LDFLAGS="-static -lm"}), keeping its quotes; the assignment
     * goes when nothing is left in it. Empty when no such word is written there.
     */
    @Override
    public Optional<FileEdit> removeEnvironmentWords(String name, java.util.function.Predicate<String> unwanted) {
        int index = environmentToken(name);
        if (index < 0) {
            return Optional.empty();
        }
        CommandToken token = tokens.get(index);
        WrittenValue value = WrittenValue.of(token.text().substring(name.length() + 1), token.start() + name.length() + 1,
                token.end(), false);
        if (value.inner().contains("$") || value.inner().contains("`")) {
            return Optional.empty();
        }
        List<String> words = java.util.Arrays.stream(value.inner().trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        List<String> kept = words.stream().filter(unwanted.negate()).toList();
        if (kept.size() == words.size()) {
            return Optional.empty();
        }
        if (kept.isEmpty()) {
            return Optional.of(edit(token.start(), tokens.get(index + 1).start(), ""));
        }
        String joined = String.join(" ", kept);
        return Optional.of(edit(value.start(), value.end(), value.quote() != 0 ? value.requote(joined)
                : kept.size() > 1 ? "\"" + joined + "\"" : joined));
    }

    /** Where the simple command of the go word starts (its first {@code NAME=value} or {@code env}), in the text. */
    @Override
    public int commandOffset() {
        return tokens.get(commandStart()).start();
    }

    private int environmentToken(String name) {
        for (int i = commandStart(); i < goIndex; i++) {
            if (tokens.get(i).text().startsWith(name + "=")) {
                return i;
            }
        }
        return -1;
    }

    /** Removes the flag at token {@code flag} with its value (the next token unless joined by {@code =}). */
    FileEdit removeFlagAt(int flag, boolean joined) {
        int last = joined ? flag : flag + 1;
        return edit(tokens.get(flag - 1).end(), tokens.get(Math.min(last, tokens.size() - 1)).end(), "");
    }

    /** The value of the flag at token {@code flag}, without variables or command substitutions. */
    private Optional<WrittenValue> writtenValue(int flag) {
        CommandToken token = tokens.get(flag);
        int start;
        int end;
        String written;
        boolean joined = token.text().contains("=");
        if (joined) {
            start = token.start() + token.text().indexOf('=') + 1;
            end = token.end();
            written = token.text().substring(token.text().indexOf('=') + 1);
        } else {
            if (flag + 1 >= end()) {
                return Optional.empty();
            }
            CommandToken value = tokens.get(flag + 1);
            start = value.start();
            end = value.end();
            written = value.text();
        }
        String shellSees = WORKFLOW_EXPRESSION.matcher(written).replaceAll("");
        if (shellSees.contains("$") || shellSees.contains("`")) {
            return Optional.empty();
        }
        return Optional.of(WrittenValue.of(written, start, end, joined));
    }

    /** Sets an environment variable for the command: replaces a literal {@code NAME=…} before it, or adds one. */
    @Override
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

    /**
     * Sets several environment variables for the command in one go: literal {@code NAME=…} words
     * before it are replaced, the others inserted together in front of the command.
     */
    @Override
    public List<FileEdit> setEnvironment(java.util.Map<String, String> values) {
        List<FileEdit> edits = new ArrayList<>();
        StringBuilder inserted = new StringBuilder();
        for (var entry : values.entrySet()) {
            boolean replaced = false;
            for (int i = commandStart(); i < goIndex && !replaced; i++) {
                CommandToken token = tokens.get(i);
                if (token.text().startsWith(entry.getKey() + "=")) {
                    edits.add(edit(token.start(), token.end(), entry.getKey() + "=" + entry.getValue()));
                    replaced = true;
                }
            }
            if (!replaced) {
                inserted.append(entry.getKey()).append('=').append(entry.getValue()).append(' ');
            }
        }
        if (inserted.length() > 0) {
            CommandToken first = tokens.get(commandStart());
            edits.add(edit(first.start(), first.start(), inserted.toString()));
        }
        return edits;
    }

    /** Removes a flag written literally after the subcommand ({@code -a}, {@code -installsuffix cgo}), with its value. */
    @Override
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

    @Override
    public boolean writesFlag(String flag) {
        return lastFlag(flag) >= 0;
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

    FileEdit edit(int start, int end, String newText) {
        return new FileEdit(location.path(), new TextRange(position(start), position(end)), newText);
    }

    private TextPosition position(int offset) {
        return SnippetPosition.of(location, text, offset);
    }
}
