package dev.cgoguard.make;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Finds, from the text alone, the names a Makefile assigns anywhere (also in branches not taken,
 * and target-specific ones). Such a name, while still unset, is taken as empty rather than as
 * something the environment may set: the file owns it.
 *
 * <p>A line assigns when, after leading spaces and an optional target list ending in the line's
 * first colon (no tab, {@code #} or {@code =} before it), it reads: {@code export}, {@code override}
 * or {@code private} words, a name of letters, digits, {@code _ . -}, blanks, and an assignment
 * operator. A line defines when it reads: blanks, such words, {@code define}, blanks and a name.
 * The text is read in one pass, each line from its start, once per text: a Makefile is read again
 * for every combination of unknown conditions and every recursive make, and its includes with it.
 */
final class AssignedNames {
    private static final List<String> MODIFIERS = List.of("export", "override", "private");
    private static final List<String> OPERATORS = List.of("=", ":=", "::=", "+=", "?=", "!=");

    /** The names of each text read, while the text is in use (the key is the text itself). */
    private static final Map<String, Set<String>> READ = Collections.synchronizedMap(new WeakHashMap<>());

    private AssignedNames() {
    }

    /** Adds the names {@code text} assigns or defines to {@code names}. */
    static void collect(String text, Set<String> names) {
        Set<String> found = READ.get(text);
        if (found == null) {
            Set<String> read = new HashSet<>();
            scan(text, read);
            found = Set.copyOf(read);
            READ.put(text, found);
        }
        names.addAll(found);
    }

    private static void scan(String text, Set<String> names) {
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            boolean equals = false;
            boolean d = false;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                equals |= c == '=';
                d |= c == 'd';
            }
            String assigned = equals ? assigned(text, start, end) : null;
            if (assigned != null) {
                names.add(assigned);
            }
            String defined = d ? defined(text, start, end) : null; // no operator without '=', no define without 'd'
            if (defined != null) {
                names.add(defined);
            }
            start = end + 1;
        }
    }

    /** The name the line {@code [start, end)} assigns, or null. */
    static String assigned(String text, int start, int end) {
        int i = start;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        int colon = targetListEnd(text, i, end);
        if (colon >= 0) {
            String name = afterModifiers(text, skipBlanks(text, colon + 1, end), end, false);
            if (name != null) {
                return name;
            }
        }
        return afterModifiers(text, i, end, false);
    }

    /** The name the line {@code [start, end)} opens a {@code define} of, or null. */
    static String defined(String text, int start, int end) {
        return afterModifiers(text, skipBlanks(text, start, end), end, true);
    }

    /** The line's first colon when no tab, {@code #} or {@code =} comes before it; else -1. */
    private static int targetListEnd(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i;
            }
            if (c == '\t' || c == '#' || c == '=') {
                return -1;
            }
        }
        return -1;
    }

    /** Modifier words from {@code i}, then the assignment (or, for a define, {@code define NAME}). */
    private static String afterModifiers(String text, int i, int end, boolean define) {
        String name = define ? definedName(text, i, end) : nameBeforeOperator(text, i, end);
        if (name != null) {
            return name;
        }
        for (String modifier : MODIFIERS) {
            int after = i + modifier.length();
            if (text.startsWith(modifier, i) && after < end && blank(text.charAt(after))) {
                return afterModifiers(text, skipBlanks(text, after, end), end, define);
            }
        }
        return null;
    }

    private static String nameBeforeOperator(String text, int i, int end) {
        int nameEnd = nameEnd(text, i, end);
        if (nameEnd == i) {
            return null;
        }
        int op = skipBlanks(text, nameEnd, end);
        for (String operator : OPERATORS) {
            if (op + operator.length() <= end && text.startsWith(operator, op)) {
                return text.substring(i, nameEnd);
            }
        }
        return null;
    }

    private static String definedName(String text, int i, int end) {
        int after = i + "define".length();
        if (!text.startsWith("define", i) || after >= end || !blank(text.charAt(after))) {
            return null;
        }
        int name = skipBlanks(text, after, end);
        int nameEnd = nameEnd(text, name, end);
        return nameEnd == name ? null : text.substring(name, nameEnd);
    }

    private static int nameEnd(String text, int i, int end) {
        while (i < end) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-')) {
                break;
            }
            i++;
        }
        return i;
    }

    private static int skipBlanks(String text, int i, int end) {
        while (i < end && blank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** What the pattern class {@code \s} matches within a line. */
    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }
}
