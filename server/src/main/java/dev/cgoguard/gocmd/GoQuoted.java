package dev.cgoguard.gocmd;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a flag value the way the go command does (cmd/internal/quoted.Split): fields are separated
 * by spaces, tabs and newlines; a field may be wrapped in single or double quotes, which group
 * spaces and have no escapes. Characters marked unknown never separate fields, so that an unknown
 * part written as {@code $(git describe --tags)} stays one field, and mark the fields they fall in.
 */
final class GoQuoted {
    /** One field and whether all of its characters are known. */
    record Field(String text, boolean known) {
    }

    private GoQuoted() {
    }

    static List<String> split(String text) {
        return split(text, new boolean[text.length()]).stream().map(Field::text).toList();
    }

    static List<Field> split(String text, boolean[] unknown) {
        List<Field> fields = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isSpace(text.charAt(i)) && !unknown[i]) {
                i++;
            }
            if (i >= n) {
                break;
            }
            char c = text.charAt(i);
            if ((c == '\'' || c == '"') && !unknown[i]) {
                int close = text.indexOf(c, i + 1);
                if (close >= 0) {
                    fields.add(new Field(text.substring(i + 1, close), allKnown(unknown, i, close + 1)));
                    i = close + 1;
                    continue;
                }
            }
            int start = i;
            while (i < n && !(isSpace(text.charAt(i)) && !unknown[i])) {
                i++;
            }
            fields.add(new Field(text.substring(start, i), allKnown(unknown, start, i)));
        }
        return fields;
    }

    private static boolean allKnown(boolean[] unknown, int start, int end) {
        for (int i = start; i < end; i++) {
            if (unknown[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
