package dev.cgoguard.rules.fixes;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command as written (a recipe line, a script line, a RUN body) into words with their
 * positions: blanks and backslash-newlines separate words; quotes, {@code $(…)} and {@code ${…}}
 * keep their contents together. It does not expand anything: fixes edit the author's text.
 */
final class CommandTokenizer {
    private CommandTokenizer() {
    }

    static List<CommandToken> tokenize(String text) {
        List<CommandToken> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || (c == '\\' && i + 1 < n && text.charAt(i + 1) == '\n')) {
                i += c == '\\' ? 2 : 1;
                continue;
            }
            if (c == ';' || c == '|' || c == '&') {
                int start = i;
                while (i < n && (text.charAt(i) == ';' || text.charAt(i) == '|' || text.charAt(i) == '&')) {
                    i++;
                }
                tokens.add(new CommandToken(text.substring(start, i), start, i));
                continue;
            }
            int start = i;
            i = wordEnd(text, i);
            tokens.add(new CommandToken(text.substring(start, i), start, i));
        }
        return tokens;
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        int depth = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (depth == 0 && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '|' || c == '&')) {
                return i;
            }
            if (c == '\\' && i + 1 < n) {
                if (text.charAt(i + 1) == '\n' && depth == 0) {
                    return i;
                }
                i += 2;
            } else if (c == '\'') {
                int close = text.indexOf('\'', i + 1);
                i = close < 0 ? n : close + 1;
            } else if (c == '"') {
                i = closingDoubleQuote(text, i + 1);
            } else if (c == '$' && i + 1 < n && (text.charAt(i + 1) == '(' || text.charAt(i + 1) == '{')) {
                depth++;
                i += 2;
            } else if ((c == ')' || c == '}') && depth > 0) {
                depth--;
                i++;
            } else {
                i++;
            }
        }
        return n;
    }

    private static int closingDoubleQuote(String text, int i) {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }
}
