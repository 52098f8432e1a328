package dev.cgoguard.lsp;

import java.util.Optional;

/** The word of a command line under a column: delimited by blanks and quotes, so {@code '-extldflags "-static"'} holds two. */
record WordAt(String word, int start, int end) {

    static Optional<WordAt> find(String line, int column) {
        if (column < 0 || column > line.length()) {
            return Optional.empty();
        }
        int start = column;
        while (start > 0 && !isDelimiter(line.charAt(start - 1))) {
            start--;
        }
        int end = column;
        while (end < line.length() && !isDelimiter(line.charAt(end))) {
            end++;
        }
        return start == end ? Optional.empty() : Optional.of(new WordAt(line.substring(start, end), start, end));
    }

    private static boolean isDelimiter(char c) {
        return Character.isWhitespace(c) || c == '\'' || c == '"' || c == ';' || c == '`';
    }
}
