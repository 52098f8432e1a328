package dev.cgoguard.workspace;

import java.util.Objects;

/** A range of text: 0-based lines, 0-based UTF-16 columns, end exclusive. */
public record TextRange(TextPosition start, TextPosition end) {
    public static TextRange of(int startLine, int startColumn, int endLine, int endColumn) {
        return new TextRange(new TextPosition(startLine, startColumn), new TextPosition(endLine, endColumn));
    }

    public boolean contains(TextPosition position) {
        return start.compareTo(position) <= 0 && position.compareTo(end) <= 0;
    }

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof TextRange that
                && Objects.equals(start, that.start)
                && Objects.equals(end, that.end);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(start);
        hash = 31 * hash + Objects.hashCode(end);
        return hash;
    }
}
