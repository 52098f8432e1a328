package dev.cgoguard.kinds.just;

import java.util.Map;

/**
 * The value of a just expression when the text tells it: string literals ({@code "…"}, {@code '…'}),
 * variables with a known value, joined with {@code +} or {@code /}. Anything else (a backtick, a
 * function call such as {@code env_var()} or {@code os()}, {@code if}) makes it unknown: null.
 */
final class JustExpression {
    private JustExpression() {
    }

    static String evaluate(String expression, Map<String, String> variables) {
        String text = expression.strip();
        StringBuilder value = new StringBuilder();
        int i = 0;
        char join = 0;
        boolean expectOperand = true;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (expectOperand) {
                String operand;
                if (c == '"' || c == '\'') {
                    int close = closing(text, i, c);
                    if (close < 0) {
                        return null;
                    }
                    operand = text.substring(i + 1, close);
                    if (c == '"') {
                        operand = operand.replace("\\n", "\n").replace("\\t", "\t").replace("\\\"", "\"").replace("\\\\", "\\");
                    }
                    i = close + 1;
                } else if (Character.isLetter(c) || c == '_') {
                    int end = i;
                    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                            || text.charAt(end) == '-')) {
                        end++;
                    }
                    String name = text.substring(i, end);
                    if (end < text.length() && text.charAt(end) == '(' || name.equals("if") || !variables.containsKey(name)) {
                        return null;
                    }
                    operand = variables.get(name);
                    if (operand == null) {
                        return null;
                    }
                    i = end;
                } else {
                    return null;
                }
                if (join == '/') {
                    value.append('/');
                }
                value.append(operand);
                expectOperand = false;
            } else if (c == '+' || c == '/') {
                join = c;
                expectOperand = true;
                i++;
            } else {
                return null;
            }
        }
        return expectOperand && value.length() == 0 && !text.isEmpty() ? null : value.toString();
    }

    private static int closing(String text, int open, char quote) {
        for (int i = open + 1; i < text.length(); i++) {
            if (quote == '"' && text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == quote) {
                return i;
            }
        }
        return -1;
    }
}
