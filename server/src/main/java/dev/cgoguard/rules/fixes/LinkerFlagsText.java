package dev.cgoguard.rules.fixes;

import dev.cgoguard.finding.FileEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The {@code -ldflags} value of a go command as written, split the way the go command splits it
 * (blanks separate words, single and double quotes group them), with edits to the words inside. The
 * value may be written in several pieces (a YAML list of linker flags, joined by blanks), each a
 * {@link Segment} that knows how to edit its own text.
 */
public final class LinkerFlagsText {
    /** How a piece of the value is edited: offsets are those of its {@link WrittenValue}. */
    public interface Editor {
        FileEdit replace(int start, int end, String newText);

        /** Removes the piece entirely (the {@code -ldflags} flag, the list item). */
        FileEdit removeAll();
    }

    /** One piece of the value as written, and its editor. */
    public record Segment(WrittenValue value, Editor editor) {
    }

    private record Word(String text, int start, int end) {
        String unquoted() {
            if (text.length() >= 2 && (text.charAt(0) == '\'' || text.charAt(0) == '"')
                    && text.charAt(text.length() - 1) == text.charAt(0)) {
                return text.substring(1, text.length() - 1);
            }
            return text;
        }
    }

    private final List<Segment> segments;
    private final List<List<Word>> words = new ArrayList<>();

    public LinkerFlagsText(List<Segment> segments) {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a linker flags value has at least one piece");
        }
        this.segments = List.copyOf(segments);
        for (Segment segment : segments) {
            words.add(split(segment.value().inner()));
        }
    }

    /** Puts {@code flag} first in the value, quoting the value when it needs quotes to stay one word. */
    public Optional<FileEdit> prepend(String flag) {
        Segment first = segments.get(0);
        WrittenValue value = first.value();
        Editor editor = first.editor();
        if (value.quote() != 0) {
            return Optional.of(editor.replace(value.innerStart(), value.innerStart(), flag + " "));
        }
        if (value.inner().isEmpty()) {
            return Optional.of(editor.replace(value.start(), value.end(), flag));
        }
        String joined = flag + " " + value.inner();
        if (!joined.contains("'")) {
            return Optional.of(editor.replace(value.start(), value.end(), "'" + joined + "'"));
        }
        return Optional.empty();
    }

    /**
     * Removes the linker flag {@code name} (as {@code -name value}, {@code -name=value} or with two
     * dashes) whose value matches; the whole piece goes when nothing else is left in it. Empty when no
     * such flag is written in the value.
     */
    public Optional<List<FileEdit>> removeFlag(String name, Predicate<String> valueMatches) {
        for (int s = 0; s < segments.size(); s++) {
            List<Word> pieceWords = words.get(s);
            WrittenValue value = segments.get(s).value();
            Editor editor = segments.get(s).editor();
            for (int i = 0; i < pieceWords.size(); i++) {
                String text = pieceWords.get(i).text();
                boolean bare = text.equals("-" + name) || text.equals("--" + name);
                boolean joined = text.startsWith("-" + name + "=") || text.startsWith("--" + name + "=");
                if (!bare && !joined) {
                    continue;
                }
                int last = bare ? i + 1 : i;
                if (last >= pieceWords.size()) {
                    return Optional.empty();
                }
                String flagValue = bare ? pieceWords.get(last).unquoted()
                        : new Word(text.substring(text.indexOf('=') + 1), 0, 0).unquoted();
                if (!valueMatches.test(flagValue)) {
                    continue;
                }
                if (pieceWords.size() == last - i + 1) {
                    return Optional.of(List.of(editor.removeAll()));
                }
                int from = i == 0 ? pieceWords.get(i).start() : pieceWords.get(i - 1).end();
                int to = i == 0 ? pieceWords.get(last + 1).start() : pieceWords.get(last).end();
                return Optional.of(List.of(editor.replace(value.innerStart() + from, value.innerStart() + to, "")));
            }
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
