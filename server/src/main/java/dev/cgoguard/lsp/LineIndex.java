package dev.cgoguard.lsp;

import java.util.Arrays;
import org.eclipse.lsp4j.Position;

/**
 * The line starts of a text, with conversions between LSP positions and character offsets. Lines
 * end at {@code \n}, {@code \r\n} or a lone {@code \r}, as LSP defines; characters are UTF-16 units.
 */
final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    int lineCount() {
        return lineStarts.length;
    }

    /**
     * The offset of a position. A line past the end means the end of the text; a character past the
     * end of its line means the end of that line (before its line break), as LSP prescribes.
     */
    int offsetAt(Position position) {
        int line = position.getLine();
        if (line < 0) {
            return 0;
        }
        if (line >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[line];
        int character = Math.max(0, position.getCharacter());
        return Math.min(start + character, contentEnd(line));
    }

    Position positionAt(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = Arrays.binarySearch(lineStarts, clamped);
        if (line < 0) {
            line = -line - 2;
        }
        return new Position(line, clamped - lineStarts[line]);
    }

    /** The offset where the line's text ends, before its line break. */
    private int contentEnd(int line) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        if (end > lineStarts[line] && line + 1 < lineStarts.length) {
            end--; // the \n or lone \r
            if (end > lineStarts[line] && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') {
                end--;
            }
        }
        return end;
    }
}
