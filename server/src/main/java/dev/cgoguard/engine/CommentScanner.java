package dev.cgoguard.engine;

import dev.cgoguard.parse.GoTextScanner;
import dev.cgoguard.workspace.FileKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the comments of a file in its kind's syntax: {@code //} for Go and go.mod (a small lexer
 * that skips strings, raw strings, runes and block comments), {@code #} for Makefiles, Dockerfiles,
 * scripts and YAML and HCL files. A {@code #} starts a comment only at the start of a word and outside
 * quotes, so {@code "a#b"}, {@code ${#x}} and {@code \#} are not comments. Quotes are tracked line by
 * line, so an unbalanced quote cannot hide the comments of the rest of the file.
 */
final class CommentScanner {
    private CommentScanner() {
    }

    static List<SourceComment> comments(FileKind kind, String text) {
        return switch (kind.comments()) {
            case SLASHES -> slashComments(text);
            case HASH, HASH_UNINDENTED -> hashComments(text);
            case NONE -> List.of();
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
        GoTextScanner.scan(text, new GoTextScanner.Visitor() {
            @Override
            public void lineComment(int line, int lineStart, int start, int end) {
                int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
                boolean whole = text.substring(lineStart, start).isBlank();
                comments.add(new SourceComment(line, start - lineStart, contentEnd - lineStart,
                        text.substring(start + 2, contentEnd), whole));
            }
        });
        return comments;
    }
}
