package dev.cgoguard.docker;

import dev.cgoguard.shell.ShellValue;
import java.util.function.Function;

/**
 * Expands a word the way Dockerfile instructions (other than {@code RUN}, {@code CMD},
 * {@code ENTRYPOINT}) do: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-word}}, {@code ${VAR-word}},
 * {@code ${VAR:+word}}, {@code ${VAR+word}}, quote removal and the escape character. An undefined
 * variable is empty, as in BuildKit; a variable whose value is unknown makes the result unknown.
 */
final class DockerWordExpander {
    private final char escape;
    private final Function<String, ShellValue> variables;
    private String unknownSource;

    private DockerWordExpander(char escape, Function<String, ShellValue> variables) {
        this.escape = escape;
        this.variables = variables;
    }

    /**
     * @param variables the value of a name, or null when the name is not defined
     */
    static ShellValue expand(String word, char escape, Function<String, ShellValue> variables) {
        DockerWordExpander expander = new DockerWordExpander(escape, variables);
        String text = expander.expand(word, 0, word.length(), false);
        return expander.unknownSource == null ? ShellValue.known(text) : ShellValue.unknown(expander.unknownSource);
    }

    private String expand(String s, int from, int to, boolean inBraces) {
        StringBuilder out = new StringBuilder();
        char quote = 0;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    out.append(c);
                }
                i++;
            } else if (c == escape && i + 1 < to) {
                char next = s.charAt(i + 1);
                if (quote == '"' && next != '"' && next != '$' && next != escape) {
                    out.append(c);
                }
                out.append(next);
                i += 2;
            } else if (c == '"') {
                quote = quote == '"' ? 0 : '"';
                i++;
            } else if (c == '\'' && quote == 0 && !inBraces) {
                quote = '\'';
                i++;
            } else if (c == '$' && i + 1 < to) {
                i = variable(s, i + 1, to, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Expands the variable reference after a {@code $}; returns the index after it. */
    private int variable(String s, int i, int to, StringBuilder out) {
        char c = s.charAt(i);
        if (c == '{') {
            int close = matchingBrace(s, i + 1, to);
            if (close < 0) {
                out.append('$');
                return i;
            }
            int nameEnd = i + 1;
            while (nameEnd < close && isNameChar(s.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = s.substring(i + 1, nameEnd);
            String operator = operatorAt(s, nameEnd, close);
            if (operator == null) {
                if (nameEnd != close) {
                    unknown("${" + s.substring(i + 1, close) + "} (modifier not evaluated)");
                } else {
                    append(name, out);
                }
                return close + 1;
            }
            ShellValue value = variables.apply(name);
            boolean colon = operator.startsWith(":");
            boolean set = value != null && (!colon || !value.known() || !value.text().isEmpty());
            int wordStart = nameEnd + operator.length();
            switch (operator.charAt(operator.length() - 1)) {
                case '-' -> {
                    if (value != null && !value.known()) {
                        unknown(value.source());
                    } else if (set) {
                        out.append(value.text());
                    } else {
                        out.append(expand(s, wordStart, close, true));
                    }
                }
                case '+' -> {
                    if (value != null && !value.known()) {
                        unknown(value.source());
                    } else if (set) {
                        out.append(expand(s, wordStart, close, true));
                    }
                }
                default -> {
                    if (value == null || !set) {
                        unknown("${" + name + "} is required but not set");
                    } else {
                        append(name, out);
                    }
                }
            }
            return close + 1;
        }
        if (isNameStart(c)) {
            int end = i;
            while (end < to && isNameChar(s.charAt(end))) {
                end++;
            }
            append(s.substring(i, end), out);
            return end;
        }
        out.append('$');
        return i;
    }

    private void append(String name, StringBuilder out) {
        ShellValue value = variables.apply(name);
        if (value == null) {
            return;
        }
        if (!value.known()) {
            unknown(value.source());
            return;
        }
        out.append(value.text());
    }

    private void unknown(String source) {
        if (unknownSource == null) {
            unknownSource = source;
        }
    }

    private static String operatorAt(String s, int at, int close) {
        for (String op : new String[] {":-", ":+", ":?", "-", "+", "?"}) {
            if (s.startsWith(op, at) && at + op.length() <= close) {
                return op;
            }
        }
        return null;
    }

    private static int matchingBrace(String s, int from, int to) {
        int depth = 1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
