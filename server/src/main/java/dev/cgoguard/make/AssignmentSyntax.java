package dev.cgoguard.make;

/**
 * Recognises a variable assignment in a Makefile line, as make does before it tries a rule: the
 * first {@code =} outside a variable reference, with the operator character before it; a colon
 * that is not part of {@code :=} or {@code ::=} makes the line a rule instead.
 */
record AssignmentSyntax(String name, Operator operator, String value) {

    enum Operator { RECURSIVE, SIMPLE, APPEND, CONDITIONAL, SHELL }

    static AssignmentSyntax parse(String line) {
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (c == '$' && i + 1 < n && (line.charAt(i + 1) == '(' || line.charAt(i + 1) == '{')) {
                char open = line.charAt(i + 1);
                int end = MakeExpander.closing(line, i + 2, open, open == '(' ? ')' : '}');
                if (end < 0) {
                    return null;
                }
                i = end + 1;
                continue;
            }
            if (c == '#') {
                return null;
            }
            if (c == ':') {
                if (i + 1 < n && line.charAt(i + 1) == '=') {
                    return make(line, i, Operator.SIMPLE, i + 2);
                }
                if (i + 2 < n && line.charAt(i + 1) == ':' && line.charAt(i + 2) == '=') {
                    return make(line, i, Operator.SIMPLE, i + 3);
                }
                return null;
            }
            if (c == '=') {
                return make(line, i, Operator.RECURSIVE, i + 1);
            }
            if ((c == '+' || c == '?' || c == '!') && i + 1 < n && line.charAt(i + 1) == '=') {
                Operator op = c == '+' ? Operator.APPEND : c == '?' ? Operator.CONDITIONAL : Operator.SHELL;
                return make(line, i, op, i + 2);
            }
            i++;
        }
        return null;
    }

    private static AssignmentSyntax make(String line, int nameEnd, Operator op, int valueStart) {
        String name = line.substring(0, nameEnd).strip();
        if (name.isEmpty()) {
            return null;
        }
        int v = valueStart;
        while (v < line.length() && (line.charAt(v) == ' ' || line.charAt(v) == '\t')) {
            v++;
        }
        return new AssignmentSyntax(name, op, line.substring(v));
    }
}
