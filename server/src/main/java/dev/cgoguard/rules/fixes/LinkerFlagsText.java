package dev.cgoguard.rules.fixes;

import dev.cgoguard.finding.FileEdit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A linker flags value as written, where a go command's {@code -ldflags} takes it from: the value
 * of {@code -ldflags} in the command itself, or the assignment of the variable it names
 * ({@code LDFLAGS := -s -w -extldflags "-static"}), or a release tool's {@code ldflags:} (a YAML
 * list whose items the tool joins with blanks). It is split the way the go command splits it
 * (blanks separate words, single and double quotes group them), and edited word by word; a flag and
 * its value are looked for within one piece of the value.
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

        char quote() {
            return unquoted().length() == text.length() ? 0 : text.charAt(0);
        }
    }

    /** How the edits of one piece of the value are written where it stands. */
    public interface Host {
        /** Replaces {@code start..end} of the value's text (inside its quotes) with {@code text}. */
        FileEdit edit(int start, int end, String text);

        /** The edit that takes the whole piece away: the {@code -ldflags} flag, the variable's value, the list item. */
        FileEdit removeAll();

        /** Whether a value without quotes needs them once it holds a blank (a shell word does; a Make value does not). */
        boolean bareValueIsOneWord();
    }

    /** One piece of the value as written: its text inside any quotes, whether it is quoted, and how it is edited. */
    public record Piece(String inner, boolean quoted, Host host) {
    }

    private final List<Piece> pieces;
    private final List<List<Word>> pieceWords = new ArrayList<>();
    /** The piece being looked at, for the word helpers below. */
    private String inner;
    private Host host;
    private List<Word> words;

    private LinkerFlagsText(List<Piece> pieces) {
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("a linker flags value has at least one piece");
        }
        this.pieces = List.copyOf(pieces);
        for (Piece piece : pieces) {
            pieceWords.add(split(piece.inner()));
        }
        select(0);
    }

    private LinkerFlagsText(String inner, boolean quoted, Host host) {
        this(List.of(new Piece(inner, quoted, host)));
    }

    /** A value written in several pieces, in the order the tool joins them. */
    public static LinkerFlagsText ofPieces(List<Piece> pieces) {
        return new LinkerFlagsText(pieces);
    }

    private void select(int piece) {
        inner = pieces.get(piece).inner();
        host = pieces.get(piece).host();
        words = pieceWords.get(piece);
    }

    /** The value of the {@code -ldflags} at token {@code flagToken} of a command. */
    static LinkerFlagsText ofCommand(GoCommandText command, WrittenValue value, int flagToken) {
        return new LinkerFlagsText(value.inner(), value.quote() != 0, new Host() {
            @Override
            public FileEdit edit(int start, int end, String text) {
                return command.edit(value.innerStart() + start, value.innerStart() + end, text);
            }

            @Override
            public FileEdit removeAll() {
                return command.removeFlagAt(flagToken, value.joined());
            }

            @Override
            public boolean bareValueIsOneWord() {
                return true;
            }
        });
    }

    /** The value of a variable's assignment that a command's {@code -ldflags} names. */
    public static LinkerFlagsText ofAssignment(AssignmentText assignment) {
        return new LinkerFlagsText(assignment.inner(), assignment.quote() != 0, new Host() {
            @Override
            public FileEdit edit(int start, int end, String text) {
                return assignment.editInner(start, end, text);
            }

            @Override
            public FileEdit removeAll() {
                return assignment.editInner(0, assignment.inner().length(), "");
            }

            @Override
            public boolean bareValueIsOneWord() {
                return assignment.shellWord();
            }
        });
    }

    /** Puts {@code flag} first in the value, quoting the value when it needs quotes to stay one word. */
    public Optional<FileEdit> prepend(String flag) {
        select(0);
        boolean quoted = pieces.get(0).quoted();
        if (quoted || !host.bareValueIsOneWord()) {
            return Optional.of(host.edit(0, 0, inner.isEmpty() ? flag : flag + " "));
        }
        if (inner.isEmpty()) {
            return Optional.of(host.edit(0, 0, flag));
        }
        String joined = flag + " " + inner;
        if (!joined.contains("'")) {
            return Optional.of(host.edit(0, inner.length(), "'" + joined + "'"));
        }
        return Optional.empty();
    }

    /**
     * Removes the linker flag {@code name} (as {@code -name value}, {@code -name=value} or with two
     * dashes) whose value matches; the whole value goes when nothing else is left. Empty when no such
     * flag is written in the value.
     */
    public Optional<List<FileEdit>> removeFlag(String name, Predicate<String> valueMatches) {
        for (int p = 0; p < pieces.size(); p++) {
            select(p);
            for (int i = 0; i < words.size(); i++) {
                int last = valueIndex(i, name);
                if (last < 0 || !valueMatches.test(flagValue(i, last))) {
                    continue;
                }
                return Optional.of(List.of(removeWords(i, last)));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code -name} is written in the value. */
    public boolean has(String name) {
        for (int p = 0; p < pieces.size(); p++) {
            select(p);
            for (int i = 0; i < words.size(); i++) {
                if (valueIndex(i, name) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Removes the words that match from the value of {@code -extldflags} ({@code -static} from
     * {@code -extldflags "-static -lm"}), keeping its quotes; the flag goes when nothing is left in
     * it, and the whole value when nothing else is. Empty when no matching word is written there.
     */
    public Optional<List<FileEdit>> removeExternalLinkerWords(Predicate<String> unwanted) {
        return rewriteExternalLinkerWords(words -> words.stream().filter(unwanted.negate()).toList());
    }

    /** Replaces the word {@code old} of the value of {@code -extldflags} with {@code replacement} ({@code -static-pie} with {@code -static}). */
    public Optional<List<FileEdit>> replaceExternalLinkerWord(String old, String replacement) {
        return rewriteExternalLinkerWords(words -> words.stream().map(w -> w.equals(old) ? replacement : w).toList());
    }

    /** Rewrites the words of the first {@code -extldflags} whose words {@code rewrite} changes; empty when it changes none. */
    private Optional<List<FileEdit>> rewriteExternalLinkerWords(java.util.function.UnaryOperator<List<String>> rewrite) {
        for (int p = 0; p < pieces.size(); p++) {
            Optional<List<FileEdit>> rewritten = rewriteExternalLinkerWords(p, rewrite);
            if (rewritten.isPresent()) {
                return rewritten;
            }
        }
        return Optional.empty();
    }

    private Optional<List<FileEdit>> rewriteExternalLinkerWords(int piece, java.util.function.UnaryOperator<List<String>> rewrite) {
        select(piece);
        for (int i = 0; i < words.size(); i++) {
            int last = valueIndex(i, "extldflags");
            if (last < 0) {
                continue;
            }
            String value = flagValue(i, last);
            List<String> external = Arrays.stream(value.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
            List<String> kept = rewrite.apply(external);
            if (kept.equals(external)) {
                continue;
            }
            if (kept.isEmpty()) {
                return Optional.of(List.of(removeWords(i, last)));
            }
            Word written = words.get(last);
            boolean joined = last == i;
            int valueStart = joined ? written.start() + written.text().indexOf('=') + 1 : written.start();
            String valueText = joined ? written.text().substring(written.text().indexOf('=') + 1) : written.text();
            char quote = new Word(valueText, 0, 0).quote();
            String replacement = String.join(" ", kept);
            if (quote != 0) {
                replacement = quote + replacement + quote;
            } else if (kept.size() > 1) {
                replacement = (inner.contains("\"") ? "'" : "\"") + replacement + (inner.contains("\"") ? "'" : "\"");
            }
            return Optional.of(List.of(host.edit(valueStart, written.end(), replacement)));
        }
        return Optional.empty();
    }

    /** The index of the last word of flag {@code -name} starting at word {@code i}, or -1 when word i is not that flag. */
    private int valueIndex(int i, String name) {
        String text = words.get(i).text();
        boolean bare = text.equals("-" + name) || text.equals("--" + name);
        boolean joined = text.startsWith("-" + name + "=") || text.startsWith("--" + name + "=");
        if (!bare && !joined) {
            return -1;
        }
        int last = bare ? i + 1 : i;
        return last < words.size() ? last : -1;
    }

    private String flagValue(int i, int last) {
        String text = words.get(i).text();
        return last > i ? words.get(last).unquoted() : new Word(text.substring(text.indexOf('=') + 1), 0, 0).unquoted();
    }

    /** The edit that removes words {@code i..last} with the blank before them (or after, for the first). */
    private FileEdit removeWords(int i, int last) {
        if (words.size() == last - i + 1) {
            return host.removeAll();
        }
        int from = i == 0 ? words.get(i).start() : words.get(i - 1).end();
        int to = i == 0 ? words.get(last + 1).start() : words.get(last).end();
        return host.edit(from, to, "");
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
