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
        this(text, lineStartsOf(text));
    }

    private LineIndex(String text, int[] lineStarts) {
        this.text = text;
        this.lineStarts = lineStarts;
    }

    /**
     * The index of {@code newText}, which is this text with {@code [start, end)} replaced by
     * {@code insertedLength} characters. Only the edited stretch is scanned again (one character on
     * either side too, where a {@code \r\n} pair may have been split or joined); the other line starts
     * are kept or shifted, so an edit costs O(lines) instead of O(characters).
     */
    LineIndex afterEdit(int start, int end, int insertedLength, String newText) {
        int delta = insertedLength - (end - start);
        int keep = Math.max(1, upperBound(lineStarts, start - 1)); // line 0, and starts <= start - 1, stay
        int shiftFrom = lowerBound(lineStarts, end + 2); // starts >= end + 2 move by delta
        int[] starts = new int[keep + (insertedLength + 2) + (lineStarts.length - shiftFrom)];
        System.arraycopy(lineStarts, 0, starts, 0, keep);
        int count = keep;
        int scanEnd = Math.min(newText.length() - 1, start + insertedLength);
        for (int i = Math.max(0, start - 1); i <= scanEnd; i++) {
            if (isBreak(newText, i)) {
                starts[count++] = i + 1;
            }
        }
        for (int k = shiftFrom; k < lineStarts.length; k++) {
            starts[count++] = lineStarts[k] + delta;
        }
        return new LineIndex(newText, Arrays.copyOf(starts, count));
    }

    private static int[] lineStartsOf(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (isBreak(text, i)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** A line ends at this character: a {@code \n}, or a {@code \r} not followed by {@code \n}. */
    private static boolean isBreak(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
    }

    /** The number of entries {@code <= value}. */
    private static int upperBound(int[] sorted, int value) {
        int index = Arrays.binarySearch(sorted, value);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** The number of entries {@code < value}. */
    private static int lowerBound(int[] sorted, int value) {
        int index = Arrays.binarySearch(sorted, value);
        return index >= 0 ? index : -index - 1;
    }

    /** The line starts, for tests that compare an edited index with a fresh one. */
    int[] lineStarts() {
        return lineStarts.clone();
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
        return (int) Math.min((long) start + character, contentEnd(line)); // a huge column must not overflow
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
