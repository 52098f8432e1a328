package dev.cgoguard.gopkg;

/**
 * Where a Go file's header lies: the offset of the {@code package} keyword (the build constraints
 * stand before it) and the offset just after the last import declaration, found with a small
 * lexer the way {@code go list} reads only the imports. Linear in the length of the header.
 *
 * @param packageStart offset of the {@code package} keyword, or -1 when the file has no package clause
 * @param end offset after the package clause and the import declarations (0 without a package clause)
 * @param complete true when a token after the header was seen; false when the text ended first
 *     (a file of only a header, or a prefix cut too short)
 */
record HeaderBounds(int packageStart, int end, boolean complete) {

    static HeaderBounds of(String text) {
        Lexer lexer = new Lexer(text);
        String token = lexer.next();
        if (!"package".equals(token)) {
            // a token that ends the text may be cut short: "packa" of a prefix, "/" of a comment's "//"
            return new HeaderBounds(-1, 0, token != null && lexer.pos < text.length());
        }
        int packageStart = lexer.tokenStart;
        if (lexer.next() == null) {
            return new HeaderBounds(packageStart, text.length(), false);
        }
        int end = lexer.pos;
        while (true) {
            token = lexer.next();
            if (token == null) {
                return new HeaderBounds(packageStart, end, false);
            }
            if (token.equals(";")) {
                continue;
            }
            if (!token.equals("import")) {
                return new HeaderBounds(packageStart, end, lexer.pos < text.length());
            }
            token = lexer.next();
            if ("(".equals(token)) {
                while (token != null && !token.equals(")")) {
                    token = lexer.next();
                }
            } else {
                while (token != null && !lexer.wasString && !token.equals(";")) {
                    token = lexer.next();
                }
            }
            if (token == null) {
                return new HeaderBounds(packageStart, text.length(), false);
            }
            end = lexer.pos;
        }
    }

    /** Go tokens as far as a header needs them: words, string literals, single punctuation characters. */
    private static final class Lexer {
        private final String text;
        int pos;
        int tokenStart;
        boolean wasString;

        Lexer(String text) {
            this.text = text;
        }

        /** The next token, with {@code ;} for a newline that ends a statement-like line; null at the end. */
        String next() {
            wasString = false;
            skipSpaceAndComments();
            if (pos >= text.length()) {
                return null;
            }
            tokenStart = pos;
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_') {
                while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                    pos++;
                }
                return text.substring(tokenStart, pos);
            }
            if (c == '"' || c == '`' || c == '\'') {
                skipQuoted(c);
                wasString = c != '\'';
                return text.substring(tokenStart, pos);
            }
            pos++;
            return String.valueOf(c);
        }

        private void skipQuoted(char quote) {
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\\' && quote != '`') {
                    pos += 2;
                    continue;
                }
                if (c == '\n' && quote != '`') {
                    return; // unterminated: stop at the line end
                }
                pos++;
                if (c == quote) {
                    return;
                }
            }
            pos = Math.min(pos, text.length());
        }

        private void skipSpaceAndComments() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (Character.isWhitespace(c) || c == '\uFEFF') {
                    pos++;
                } else if (text.startsWith("//", pos)) {
                    int nl = text.indexOf('\n', pos);
                    pos = nl < 0 ? text.length() : nl + 1;
                } else if (text.startsWith("/*", pos)) {
                    int close = text.indexOf("*/", pos + 2);
                    pos = close < 0 ? text.length() : close + 2;
                } else {
                    return;
                }
            }
        }
    }
}
