package dev.cgoguard.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a list of flags into words as cgo's {@code #cgo} lines and promu's {@code build.flags}
 * are split: on white space, where single and double quotes group a word's characters and a
 * backslash takes the next character as it is. No expansion of any kind.
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
}
