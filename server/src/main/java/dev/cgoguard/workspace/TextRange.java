package dev.cgoguard.workspace;

/** A range of text: 0-based lines, 0-based UTF-16 columns, end exclusive. */
public record TextRange(TextPosition start, TextPosition end) {
    public static TextRange of(int startLine, int startColumn, int endLine, int endColumn) {
        return new TextRange(new TextPosition(startLine, startColumn), new TextPosition(endLine, endColumn));
    }

    public boolean contains(TextPosition position) {
        return start.compareTo(position) <= 0 && position.compareTo(end) <= 0;
    }
}
