package dev.cgoguard.rules.fixes;

import dev.cgoguard.finding.FileEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The {@code -ldflags} value of a go command as written, split the way the go command splits it
 * (blanks separate words, single and double quotes group them), with edits to the words inside.
 */
public final class LinkerFlagsText {
    private record Word(String text, int start, int end) {
        String unquoted() {
            if (text.length() >= 2 && (text.charAt(0) == '\'' || text.charAt(0) == '"')
                    && text.charAt(text.length() - 1) == text.charAt(0)) {
                return text.substring(1, text.length() - 1);
            }
            return text;
        }
    }

    private final GoCommandText command;
    private final WrittenValue value;
    private final int flagToken;
    private final List<Word> words;

    LinkerFlagsText(GoCommandText command, WrittenValue value, int flagToken) {
        this.command = command;
        this.value = value;
        this.flagToken = flagToken;
        this.words = split(value.inner());
    }

    /** Puts {@code flag} first in the value, quoting the value when it needs quotes to stay one word. */
    public Optional<FileEdit> prepend(String flag) {
        if (value.quote() != 0) {
            return Optional.of(command.edit(value.innerStart(), value.innerStart(), flag + " "));
        }
        if (value.inner().isEmpty()) {
            return Optional.of(command.edit(value.start(), value.end(), flag));
        }
        String joined = flag + " " + value.inner();
        if (!joined.contains("'")) {
            return Optional.of(command.edit(value.start(), value.end(), "'" + joined + "'"));
        }
        return Optional.empty();
    }

    /**
     * Removes the linker flag {@code name} (as {@code -name value}, {@code -name=value} or with two
     * dashes) whose value matches; the whole {@code -ldflags} goes when nothing else is left.
     * Empty when no such flag is written in the value.
     */
    public Optional<List<FileEdit>> removeFlag(String name, Predicate<String> valueMatches) {
        for (int i = 0; i < words.size(); i++) {
            String text = words.get(i).text();
            boolean bare = text.equals("-" + name) || text.equals("--" + name);
            boolean joined = text.startsWith("-" + name + "=") || text.startsWith("--" + name + "=");
            if (!bare && !joined) {
                continue;
            }
            int last = bare ? i + 1 : i;
            if (last >= words.size()) {
                return Optional.empty();
            }
            String flagValue = bare ? words.get(last).unquoted() : new Word(text.substring(text.indexOf('=') + 1), 0, 0).unquoted();
            if (!valueMatches.test(flagValue)) {
                continue;
            }
            if (words.size() == last - i + 1) {
                return Optional.of(List.of(command.removeFlagAt(flagToken, value.joined())));
            }
            int from = i == 0 ? words.get(i).start() : words.get(i - 1).end();
            int to = i == 0 ? words.get(last + 1).start() : words.get(last).end();
            return Optional.of(List.of(command.edit(value.innerStart() + from, value.innerStart() + to, "")));
        }
        return Optional.empty();
    }

    /** Splits like the go command's quoted.Split: blanks separate, a quote runs to its match. */
    private static List<Word> split(String text) {
        List<Word> result = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int close = text.indexOf(c, i + 1);
                i = close < 0 ? text.length() : close + 1;
            } else {
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
            }
            result.add(new Word(text.substring(start, i), start, i));
        }
        return result;
    }
}
