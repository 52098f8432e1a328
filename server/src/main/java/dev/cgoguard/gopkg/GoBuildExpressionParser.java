package dev.cgoguard.gopkg;

import java.util.ArrayList;
import java.util.List;

/** Recursive-descent parser for {@code //go:build} expressions, bounded by the line's length. */
final class GoBuildExpressionParser {
    private static final int MAX_DEPTH = dev.cgoguard.workspace.ScanLimits.GO_CONSTRAINT_DEPTH;
    private final String text;
    private int pos;
    private int depth;

    GoBuildExpressionParser(String text) {
        this.text = text;
    }

    BuildConstraint parse() {
        BuildConstraint result = or();
        skipSpaces();
        return result != null && pos == text.length() ? result : null;
    }

    private BuildConstraint or() {
        BuildConstraint first = and();
        if (first == null) {
            return null;
        }
        List<BuildConstraint> operands = new ArrayList<>(List.of(first));
        while (consume("||")) {
            BuildConstraint next = and();
            if (next == null) {
                return null;
            }
            operands.add(next);
        }
        return operands.size() == 1 ? first : new BuildConstraint.Or(operands);
    }

    private BuildConstraint and() {
        BuildConstraint first = unary();
        if (first == null) {
            return null;
        }
        List<BuildConstraint> operands = new ArrayList<>(List.of(first));
        while (consume("&&")) {
            BuildConstraint next = unary();
            if (next == null) {
                return null;
            }
            operands.add(next);
        }
        return operands.size() == 1 ? first : new BuildConstraint.And(operands);
    }

    private BuildConstraint unary() {
        if (++depth > MAX_DEPTH) {
            return null;
        }
        try {
            if (consume("!")) {
                BuildConstraint operand = unary();
                return operand == null ? null : new BuildConstraint.Not(operand);
            }
            if (consume("(")) {
                BuildConstraint inner = or();
                return inner != null && consume(")") ? inner : null;
            }
            skipSpaces();
            int start = pos;
            while (pos < text.length() && isTagChar(text.charAt(pos))) {
                pos++;
            }
            return pos > start ? new BuildConstraint.Tag(text.substring(start, pos)) : null;
        } finally {
            depth--;
        }
    }

    private boolean consume(String token) {
        skipSpaces();
        if (text.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    static boolean isTagChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    static boolean isTagName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isTagChar(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
