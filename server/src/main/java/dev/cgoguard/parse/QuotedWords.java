package dev.cgoguard.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words without expanding anything: {@link #split} as cgo's {@code #cgo} lines and
 * promu's {@code build.flags} are split (a backslash takes the next character anywhere), {@link #shell}
 * as a POSIX shell splits a simple command's text (a backslash inside single quotes is kept).
 */
public final class QuotedWords {
    private QuotedWords() {
    }

    /** The words of {@code text}; none for null. */
    public static List<String> split(String text) {
        if (text == null) {
            return new ArrayList<>();
        }
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                word.append(text.charAt(++i));
                inWord = true;
            } else if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * The words of a command as the shell splits them: blanks outside quotes separate words, quotes
     * are removed ({@code GO_LDFLAGS='-extldflags "-static"'} is one word, {@code GO_LDFLAGS=-extldflags "-static"}).
     */
    public static List<String> shell(String segment) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < segment.length() && "\"\\$`".indexOf(segment.charAt(i + 1)) >= 0) {
                    word.append(segment.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < segment.length()) {
                word.append(segment.charAt(++i));
                inWord = true;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                if (inWord) {
                    out.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(word.toString());
        }
        return out;
    }
}
