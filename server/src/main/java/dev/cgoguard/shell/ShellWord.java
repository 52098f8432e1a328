package dev.cgoguard.shell;

import dev.cgoguard.workspace.TextRange;
import java.util.List;
import java.util.Objects;

/**
 * One word of a simple command after expansion, quote removal and field splitting. A word with an
 * unknown part ({@code $(date)}, an unset variable from outside) is not {@code known}; its text
 * then holds what is known with the unknown parts left as written, and {@code unknownSpans} says
 * where in {@code text} those parts stand (empty for a known word). {@code range} is where the
 * word stands in the evaluated text, or null when it came from an expansion.
 */
public record ShellWord(String text, boolean known, TextRange range, List<Span> unknownSpans) {
    /** A part of {@code text} from {@code start} to {@code end} (exclusive). */
    public record Span(int start, int end) {
        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Span that
                    && start == that.start
                    && end == that.end;
        }

        @Override
        public int hashCode() {
            int hash = Integer.hashCode(start);
            hash = 31 * hash + Integer.hashCode(end);
            return hash;
        }
    }

    public ShellWord {
        unknownSpans = List.copyOf(unknownSpans);
    }

    /** A word whose unknown parts are not located: when not known, all of its text counts as unknown. */
    public ShellWord(String text, boolean known, TextRange range) {
        this(text, known, range, known ? List.of() : List.of(new Span(0, text.length())));
    }

    /** True when the characters from {@code start} to {@code end} of the text are all known. */
    public boolean isKnown(int start, int end) {
        for (Span span : unknownSpans) {
            if (span.start() < end && start < span.end()) {
                return false;
            }
        }
        return true;
    }

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ShellWord that
                && Objects.equals(text, that.text)
                && known == that.known
                && Objects.equals(range, that.range)
                && Objects.equals(unknownSpans, that.unknownSpans);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(text);
        hash = 31 * hash + Boolean.hashCode(known);
        hash = 31 * hash + Objects.hashCode(range);
        hash = 31 * hash + Objects.hashCode(unknownSpans);
        return hash;
    }
}
