package dev.cgoguard.shell;

/**
 * Evaluates simple {@code $(( … ))} expressions: integers, variables with integer values, the
 * operators {@code + - * / %} and parentheses. Anything else is unknown.
 */
final class Arithmetic {
    private static final int MAX_DEPTH = dev.cgoguard.workspace.ScanLimits.SHELL_ARITHMETIC_DEPTH;

    private final String text;
    private final Variables variables;
    private int pos;
    private int depth;

    private Arithmetic(String text, Variables variables) {
        this.text = text;
        this.variables = variables;
    }

    static ShellValue evaluate(String expression, Variables variables) {
        Arithmetic arithmetic = new Arithmetic(expression, variables);
        try {
            long value = arithmetic.sum();
            arithmetic.skipSpaces();
            if (arithmetic.pos != expression.length()) {
                return ShellValue.unknown("$((" + expression + "))");
            }
            return ShellValue.known(String.valueOf(value));
        } catch (IllegalStateException | ArithmeticException | NumberFormatException e) {
            return ShellValue.unknown("$((" + expression + "))");
        }
    }

    private long sum() {
        long value = product();
        while (true) {
            skipSpaces();
            if (accept('+')) {
                value += product();
            } else if (accept('-')) {
                value -= product();
            } else {
                return value;
            }
        }
    }

    private long product() {
        long value = unary();
        while (true) {
            skipSpaces();
            if (accept('*')) {
                value *= unary();
            } else if (accept('/')) {
                value /= unary();
            } else if (accept('%')) {
                value %= unary();
            } else {
                return value;
            }
        }
    }

    private long unary() {
        if (++depth > MAX_DEPTH) {
            throw new IllegalStateException("too deep");
        }
        try {
            skipSpaces();
            if (accept('-')) {
                return -unary();
            }
            if (accept('+')) {
                return unary();
            }
            if (accept('(')) {
                long value = sum();
                skipSpaces();
                if (!accept(')')) {
                    throw new IllegalStateException("no )");
                }
                return value;
            }
            return operand();
        } finally {
            depth--;
        }
    }

    private long operand() {
        int start = pos;
        accept('$');
        if (pos < text.length() && Character.isDigit(text.charAt(pos)) && start == pos) {
            while (pos < text.length() && WordExpander.isNameChar(text.charAt(pos))) {
                pos++;
            }
            return integer(text.substring(start, pos));
        }
        int nameStart = pos;
        while (pos < text.length() && WordExpander.isNameChar(text.charAt(pos))) {
            pos++;
        }
        String name = text.substring(nameStart, pos);
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            throw new IllegalStateException("not an operand");
        }
        ShellValue value = variables.get(name);
        if (!value.known()) {
            throw new IllegalStateException("unknown variable");
        }
        String trimmed = value.text().trim();
        return trimmed.isEmpty() ? 0 : integer(trimmed);
    }

    private static long integer(String literal) {
        String digits = literal.startsWith("-") ? literal.substring(1) : literal;
        long sign = literal.startsWith("-") ? -1 : 1;
        if (digits.startsWith("0x") || digits.startsWith("0X")) {
            return sign * Long.parseLong(digits.substring(2), 16);
        }
        if (digits.length() > 1 && digits.startsWith("0")) {
            return sign * Long.parseLong(digits.substring(1), 8);
        }
        return sign * Long.parseLong(digits);
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean accept(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }
}
