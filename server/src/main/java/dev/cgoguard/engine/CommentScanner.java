package dev.cgoguard.engine;

import dev.cgoguard.workspace.FileKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the comments of a file in its kind's syntax: {@code //} for Go and go.mod (a small lexer
 * that skips strings, raw strings, runes and block comments), {@code #} for Makefiles, Dockerfiles,
 * shell scripts and workflows. A {@code #} starts a comment only at the start of a word and outside
 * quotes, so {@code "a#b"}, {@code ${#x}} and {@code \#} are not comments. Quotes are tracked line by
 * line, so an unbalanced quote cannot hide the comments of the rest of the file.
 */
final class CommentScanner {
    private CommentScanner() {
    }

    static List<SourceComment> comments(FileKind kind, String text) {
        return switch (kind) {
            case GO, GO_MOD, GO_WORK -> slashComments(text);
            case MAKEFILE, DOCKERFILE, SHELL, WORKFLOW -> hashComments(text);
            case OTHER -> List.of();
        };
    }

    private static List<SourceComment> hashComments(String text) {
        List<SourceComment> comments = new ArrayList<>();
        int line = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String content = text.substring(lineStart, lineEnd);
            if (content.endsWith("\r")) {
                content = content.substring(0, content.length() - 1);
            }
            int marker = hashMarker(content);
            if (marker >= 0) {
                boolean whole = content.substring(0, marker).isBlank();
                comments.add(new SourceComment(line, marker, content.length(), content.substring(marker + 1), whole));
            }
            if (nl < 0) {
                break;
            }
            line++;
            lineStart = nl + 1;
        }
        return comments;
    }

    /** The column of the {@code #} that starts a comment on this line, or -1. */
    private static int hashMarker(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                }
            } else if (c == '\\') {
                i++;
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static List<SourceComment> slashComments(String text) {
        List<SourceComment> comments = new ArrayList<>();
        int line = 0;
        int lineStart = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                int contentEnd = end > i && text.charAt(end - 1) == '\r' ? end - 1 : end;
                boolean whole = text.substring(lineStart, i).isBlank();
                comments.add(new SourceComment(line, i - lineStart, contentEnd - lineStart, text.substring(i + 2, contentEnd), whole));
                i = end;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (int k = i; k < end; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = end;
            } else if (c == '`') {
                int end = text.indexOf('`', i + 1);
                end = end < 0 ? n : end + 1;
                for (int k = i; k < end; k++) {
                    if (text.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = end;
            } else if (c == '"' || c == '\'') {
                i = skipQuoted(text, i, c);
            } else {
                i++;
            }
        }
        return comments;
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
