package dev.cgoguard.workspace;

import java.util.Objects;

/** A 0-based line and a 0-based column counted in UTF-16 code units, as LSP counts them. */
public record TextPosition(int line, int column) implements Comparable<TextPosition> {
    @Override
    public int compareTo(TextPosition other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof TextPosition that
                && line == that.line
                && column == that.column;
    }

    @Override
    public int hashCode() {
        int hash = Integer.hashCode(line);
        hash = 31 * hash + Integer.hashCode(column);
        return hash;
    }
}
