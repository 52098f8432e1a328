package dev.cgoguard.parse;

/**
 * Walks Go source text the way Go's scanner separates it: line comments and identifiers are
 * reported; block comments, raw strings and interpreted string and rune literals are skipped
 * (an unterminated literal ends at its line), and line numbers stay right across all of them.
 */
public final class GoTextScanner {
    /** What the walk reports, with 0-based lines and the offset where that line starts. */
    public interface Visitor {
        /** A {@code //} comment from {@code start} (the first slash) to {@code end} (its line's end). */
        default void lineComment(int line, int lineStart, int start, int end) {
        }

        /** An interpreted string literal from its opening quote ({@code start}) to after its closing one ({@code end}). */
        default void stringLiteral(int line, int lineStart, int start, int end) {
        }

        /** An identifier outside comments and literals; returns the offset to go on from (at least {@code end}). */
        default int identifier(int line, int lineStart, int start, int end) {
            return end;
        }
    }

    /** {@link Character#isJavaIdentifierStart(char)} and {@code ...Part} of the ASCII characters, looked up. */
    private static final boolean[] ASCII_START = new boolean[128];
    private static final boolean[] ASCII_PART = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_START[c] = Character.isJavaIdentifierStart(c);
            ASCII_PART[c] = Character.isJavaIdentifierPart(c);
        }
    }

    private GoTextScanner() {
    }

    private static boolean identifierStart(char c) {
        return c < 128 ? ASCII_START[c] : Character.isJavaIdentifierStart(c);
    }

    private static boolean identifierPart(char c) {
        return c < 128 ? ASCII_PART[c] : Character.isJavaIdentifierPart(c);
    }

    public static void scan(String text, Visitor visitor) {
        int line = 0;
        int lineStart = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int skipTo = -1;
            if (c == '\n') {
                line++;
                lineStart = ++i;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                visitor.lineComment(line, lineStart, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                skipTo = end < 0 ? n : end + 2;
            } else if (c == '`') {
                int end = text.indexOf('`', i + 1);
                skipTo = end < 0 ? n : end + 1;
            } else if (c == '"' || c == '\'') {
                int end = skipQuoted(text, i, c);
                if (c == '"') {
                    visitor.stringLiteral(line, lineStart, i, end);
                }
                i = end;
            } else if (identifierStart(c)) {
                int end = i + 1;
                while (end < n && identifierPart(text.charAt(end))) {
                    end++;
                }
                i = Math.max(end, visitor.identifier(line, lineStart, i, end));
            } else {
                i++;
            }
            if (skipTo >= 0) {
                for (int k = i; k < skipTo; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = skipTo;
            }
        }
    }

    /** Skips an interpreted string or rune literal; it ends at its closing quote or at the end of its line. */
    private static int skipQuoted(String text, int open, char quote) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return text.length();
    }
}
