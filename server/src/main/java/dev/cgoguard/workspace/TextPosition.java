package dev.cgoguard.workspace;

/** A 0-based line and a 0-based column counted in UTF-16 code units, as LSP counts them. */
public record TextPosition(int line, int column) implements Comparable<TextPosition> {
    @Override
    public int compareTo(TextPosition other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }
}
