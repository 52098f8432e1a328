package dev.cgoguard.workspace;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text of a file with a line index. Converts between character offsets (UTF-16 units),
 * line/column positions, and the UTF-8 byte offsets tree-sitter reports for the text handed to it
 * ({@link #utf8}: one byte below U+0080, two below U+0800, three for other BMP characters, four for
 * a surrogate pair, counted as two per surrogate).
 */
public final class SourceText {
    private final String text;
    private final int[] lineStarts;
    private volatile Boolean ascii; // decided on first use: most texts are never mapped from bytes
    private volatile int[] byteOffsets; // byte offset of each char, computed on first non-ASCII use

    /**
     * True when a physical line ends in an odd number of backslashes: its line break is escaped and
     * the next line continues it (in Makefiles, shell scripts and Dockerfiles alike).
     */
    public static boolean continuesOnNextLine(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    public SourceText(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = nl + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The offset where a 0-based line starts. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))];
    }

    /** The offset of the end of a line, before its {@code \n} (and before a {@code \r} that precedes it). */
    public int lineEnd(int line) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
        if (end > lineStart(line) && end - 1 < text.length() && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    /** The text of a 0-based line without its line break. */
    public String line(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    public TextPosition positionAt(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = Arrays.binarySearch(lineStarts, clamped);
        if (line < 0) {
            line = -line - 2;
        }
        return new TextPosition(line, clamped - lineStarts[line]);
    }

    /** The offset of a position; positions past the end of a line or the text are clamped. */
    public int offsetAt(TextPosition position) {
        if (position.line() >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[Math.max(0, position.line())];
        int end = position.line() + 1 < lineStarts.length ? lineStarts[position.line() + 1] - 1 : text.length();
        return Math.min(start + Math.max(0, position.column()), end);
    }

    public TextRange range(int startOffset, int endOffset) {
        return new TextRange(positionAt(startOffset), positionAt(endOffset));
    }

    /** The text of a range; empty when the range ends before it starts. */
    public String slice(TextRange range) {
        int start = offsetAt(range.start());
        int end = offsetAt(range.end());
        return end < start ? "" : text.substring(start, end);
    }

    /** Converts a tree-sitter byte offset into a character offset. */
    public int charOffsetOfByte(int byteOffset) {
        if (isAscii()) {
            return Math.min(byteOffset, text.length());
        }
        int[] bytes = byteOffsets();
        int index = Arrays.binarySearch(bytes, byteOffset);
        if (index < 0) {
            index = -index - 2;
        }
        return Math.max(0, Math.min(index, text.length()));
    }

    /** Converts a character offset into the byte offset tree-sitter uses. */
    public int byteOffsetOfChar(int charOffset) {
        if (isAscii()) {
            return charOffset;
        }
        return byteOffsets()[Math.max(0, Math.min(charOffset, text.length()))];
    }

    /** True when every character of the text is ASCII (decided once). */
    public boolean isAscii() {
        Boolean known = ascii;
        if (known == null) {
            boolean onlyAscii = true;
            for (int i = 0; i < text.length() && onlyAscii; i++) {
                onlyAscii = text.charAt(i) <= 0x7f;
            }
            known = onlyAscii;
            ascii = known;
        }
        return known;
    }

    private int[] byteOffsets() {
        if (byteOffsets == null) {
            int[] offsets = new int[text.length() + 1];
            int bytes = 0;
            for (int i = 0; i < text.length(); i++) {
                offsets[i] = bytes;
                bytes += utf8Length(text.charAt(i));
            }
            offsets[text.length()] = bytes;
            byteOffsets = offsets;
        }
        return byteOffsets;
    }

    /**
     * The text as the bytes handed to tree-sitter: UTF-8, so that every offset matches
     * {@link #byteOffsetOfChar}; a surrogate without its pair (possible in an editor's text) is
     * written as a two-byte character in its place, as many bytes as it is counted.
     */
    public byte[] utf8() {
        if (isAscii()) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
        byte[] out = new byte[byteOffsetOfChar(text.length())];
        int at = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x7f) {
                out[at++] = (byte) c;
            } else if (c <= 0x7ff) {
                out[at++] = (byte) (0xc0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                out[at++] = (byte) (0xf0 | cp >> 18);
                out[at++] = (byte) (0x80 | cp >> 12 & 0x3f);
                out[at++] = (byte) (0x80 | cp >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | cp & 0x3f);
            } else if (Character.isSurrogate(c)) {
                out[at++] = (byte) 0xc2; // U+00BF in place of a lone surrogate: two bytes, as counted
                out[at++] = (byte) 0xbf;
            } else {
                out[at++] = (byte) (0xe0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | c & 0x3f);
            }
        }
        return out;
    }

    static int utf8Length(char c) {
        if (c <= 0x7f) {
            return 1;
        }
        if (c <= 0x7ff) {
            return 2;
        }
        return Character.isSurrogate(c) ? 2 : 3;
    }
}
