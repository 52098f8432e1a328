package dev.cgoguard.make;

import java.util.ArrayList;
import java.util.List;

/** Word and pattern helpers of Make's text functions; an unknown part is never split. */
final class MakeWords {
    private MakeWords() {
    }

    static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Splits on whitespace, keeping each unknown part (with its surroundings) inside one word. */
    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && blank(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            boolean inUnknown = false;
            while (i < n && (inUnknown || !blank(text.charAt(i)))) {
                char c = text.charAt(i);
                if (c == MakeUnknown.START) {
                    inUnknown = true;
                } else if (c == MakeUnknown.END) {
                    inUnknown = false;
                }
                i++;
            }
            words.add(text.substring(start, i));
        }
        return words;
    }

    static String join(List<String> words) {
        return String.join(" ", words);
    }

    /** The index of the first unescaped {@code %} of a pattern, or -1. */
    static int percent(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '%') {
                i++;
            } else if (c == '%') {
                return i;
            }
        }
        return -1;
    }

    /** The stem of a word matched against a pattern, or null when it does not match. */
    static String stem(String pattern, String word) {
        int p = percent(pattern);
        if (p < 0) {
            return unescape(pattern).equals(word) ? "" : null;
        }
        String prefix = unescape(pattern.substring(0, p));
        String suffix = pattern.substring(p + 1);
        if (word.length() < prefix.length() + suffix.length() || !word.startsWith(prefix) || !word.endsWith(suffix)) {
            return null;
        }
        return word.substring(prefix.length(), word.length() - suffix.length());
    }

    static boolean matches(String pattern, String word) {
        return stem(pattern, word) != null;
    }

    /** The replacement pattern with its {@code %} replaced by the stem. */
    static String substitute(String replacement, String stem) {
        int p = percent(replacement);
        if (p < 0) {
            return unescape(replacement);
        }
        return unescape(replacement.substring(0, p)) + stem + replacement.substring(p + 1);
    }

    /** {@code $(patsubst)} on one word; a pattern without {@code %} matches the whole word. */
    static String patsubst(String pattern, String replacement, String word) {
        int p = percent(pattern);
        if (p < 0) {
            return unescape(pattern).equals(word) ? unescapeIfPlain(replacement) : word;
        }
        String stem = stem(pattern, word);
        return stem == null ? word : substitute(replacement, stem);
    }

    private static String unescapeIfPlain(String replacement) {
        return percent(replacement) < 0 ? unescape(replacement) : substitute(replacement, "");
    }

    private static String unescape(String text) {
        return text.indexOf('\\') < 0 ? text : text.replace("\\%", "%");
    }

    static String dir(String word) {
        int slash = word.lastIndexOf('/');
        return slash < 0 ? "./" : word.substring(0, slash + 1);
    }

    static String notdir(String word) {
        return word.substring(word.lastIndexOf('/') + 1);
    }

    /** The index of the suffix's dot in a word (after its last slash), or -1. */
    static int suffixDot(String word) {
        int dot = word.lastIndexOf('.');
        return dot > word.lastIndexOf('/') ? dot : -1;
    }
}
