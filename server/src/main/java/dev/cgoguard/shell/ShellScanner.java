package dev.cgoguard.shell;

/**
 * Finds where quoted strings and nested expansions end in the text of a shell word. Nesting
 * deeper than {@link #MAX_NESTING} counts as never ending, so hostile input cannot exhaust the stack.
 */
final class ShellScanner {
    private static final int MAX_NESTING = dev.cgoguard.workspace.ScanLimits.SHELL_NESTING;

    private ShellScanner() {
    }

    /** The index just after the closing single quote of a string starting after {@code from}, or -1. */
    static int endOfSingleQuoted(String s, int from) {
        int close = s.indexOf('\'', from);
        return close < 0 ? -1 : close + 1;
    }

    /** The index just after the closing quote of an ANSI-C string whose body starts at {@code from}, or -1. */
    static int endOfAnsiC(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\'') {
                return i + 1;
            }
        }
        return -1;
    }

    /** The index just after the closing double quote of a string whose body starts at {@code from}, or -1. */
    static int endOfDoubleQuoted(String s, int from) {
        return endOfDoubleQuoted(s, from, 0);
    }

    private static int endOfDoubleQuoted(String s, int from, int depth) {
        if (depth > MAX_NESTING) {
            return -1;
        }
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else if (c == '`') {
                i = endOfBackquoted(s, i + 1);
            } else if (c == '$' && i + 1 < s.length() && (s.charAt(i + 1) == '(' || s.charAt(i + 1) == '{')) {
                i = endOfGroup(s, i + 2, s.charAt(i + 1) == '(' ? ')' : '}', s.charAt(i + 1) == '(', depth + 1);
            } else {
                i++;
            }
            if (i < 0) {
                return -1;
            }
        }
        return -1;
    }

    static int endOfBackquoted(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '`') {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The index just after the {@code close} character that ends a group ({@code $(…)}, {@code ${…}})
     * whose body starts at {@code from}, skipping quotes and nested groups; -1 when it never ends.
     */
    static int endOfGroup(String s, int from, char close, boolean singleQuotes) {
        return endOfGroup(s, from, close, singleQuotes, 0);
    }

    private static int endOfGroup(String s, int from, char close, boolean singleQuotes, int nesting) {
        if (nesting > MAX_NESTING) {
            return -1;
        }
        char open = close == ')' ? '(' : '{';
        int depth = 0;
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '\'' && singleQuotes) {
                i = i > from && s.charAt(i - 1) == '$' ? endOfAnsiC(s, i + 1) : endOfSingleQuoted(s, i + 1);
            } else if (c == '"') {
                i = endOfDoubleQuoted(s, i + 1, nesting + 1);
            } else if (c == '`') {
                i = endOfBackquoted(s, i + 1);
            } else if (c == '$' && i + 1 < s.length() && (s.charAt(i + 1) == '(' || s.charAt(i + 1) == '{')) {
                i = endOfGroup(s, i + 2, s.charAt(i + 1) == '(' ? ')' : '}', singleQuotes || s.charAt(i + 1) == '(',
                        nesting + 1);
            } else if (c == open) {
                depth++;
                i++;
            } else if (c == close) {
                if (depth == 0) {
                    return i + 1;
                }
                depth--;
                i++;
            } else {
                i++;
            }
            if (i < 0) {
                return -1;
            }
        }
        return -1;
    }
}
