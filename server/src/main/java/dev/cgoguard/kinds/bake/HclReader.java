package dev.cgoguard.kinds.bake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader for the HCL that bake files are written in (and JSON, which is an HCL expression): bodies
 * of attributes and labelled blocks; expressions as {@link HclExpression}. Comments ({@code #},
 * {@code //}, {@code /* *}{@code /}), template strings and heredocs are read; function calls, for
 * expressions and traversals are kept as unknown. Bounded in nesting depth; a malformed file throws
 * {@link HclException} at the place it stops.
 */
final class HclReader {
    private static final int MAX_DEPTH = dev.cgoguard.workspace.ScanLimits.HCL_NESTING;

    /** Where and why the text could not be read. */
    static final class HclException extends Exception {
        final int offset;

        HclException(String message, int offset) {
            super(message);
            this.offset = offset;
        }
    }

    private final String text;
    private int pos;
    private int depth;

    private HclReader(String text) {
        this.text = text;
    }

    /** The top-level body of an HCL file. */
    static HclBody body(String text) throws HclException {
        HclReader reader = new HclReader(text);
        HclBody body = reader.body(false);
        reader.skipSpace();
        if (reader.pos < text.length()) {
            throw reader.error("unexpected '" + text.charAt(reader.pos) + "'");
        }
        return body;
    }

    /** One expression filling the text (a JSON document). */
    static HclExpression expression(String text) throws HclException {
        HclReader reader = new HclReader(text);
        HclExpression expression = reader.expression();
        reader.skipSpace();
        if (reader.pos < text.length()) {
            throw reader.error("unexpected '" + text.charAt(reader.pos) + "' after the value");
        }
        return expression;
    }

    private HclBody body(boolean nested) throws HclException {
        enter();
        HclBody body = HclBody.empty();
        while (true) {
            skipSpace();
            if (pos >= text.length()) {
                if (nested) {
                    throw error("a block is not closed");
                }
                break;
            }
            if (text.charAt(pos) == '}') {
                if (!nested) {
                    throw error("unexpected '}'");
                }
                pos++;
                break;
            }
            int start = pos;
            String name = identifier();
            if (name == null) {
                throw error("expected an attribute or a block");
            }
            skipSpace();
            if (peek('=') && !peek("==")) {
                pos++;
                body.attributes().put(name, expression());
                continue;
            }
            List<String> labels = new ArrayList<>();
            while (true) {
                skipSpace();
                if (peek('"')) {
                    HclExpression label = string();
                    labels.add(label instanceof HclExpression.Template t && t.parts().size() == 1 && t.parts().get(0) instanceof String s
                            ? s : label instanceof HclExpression.Template t2 && t2.parts().isEmpty() ? "" : "?");
                } else if (peek('{')) {
                    pos++;
                    body.blocks().add(new HclBody.Block(name, labels, body(true), start));
                    break;
                } else {
                    String label = identifier();
                    if (label == null) {
                        throw error("expected '=' or a block after " + name);
                    }
                    labels.add(label);
                }
            }
        }
        depth--;
        return body;
    }

    private HclExpression expression() throws HclException {
        enter();
        HclExpression condition = or();
        skipSpace();
        HclExpression result = condition;
        if (peek('?')) {
            pos++;
            HclExpression then = expression();
            skipSpace();
            expect(':');
            HclExpression otherwise = expression();
            result = new HclExpression.Conditional(condition, then, otherwise);
        }
        depth--;
        return result;
    }

    private HclExpression or() throws HclException {
        HclExpression left = and();
        while (true) {
            skipSpace();
            if (!peek("||")) {
                return left;
            }
            pos += 2;
            left = new HclExpression.Logic(left, "||", and());
        }
    }

    private HclExpression and() throws HclException {
        HclExpression left = comparison();
        while (true) {
            skipSpace();
            if (!peek("&&")) {
                return left;
            }
            pos += 2;
            left = new HclExpression.Logic(left, "&&", comparison());
        }
    }

    private HclExpression comparison() throws HclException {
        HclExpression left = arithmetic();
        skipSpace();
        if (peek("==") || peek("!=")) {
            String operator = text.substring(pos, pos + 2);
            pos += 2;
            return new HclExpression.Comparison(left, operator, arithmetic());
        }
        if (peek("<=") || peek(">=")) {
            pos += 2;
            arithmetic();
            return new HclExpression.Opaque("a numeric comparison");
        }
        if (peek('<') || peek('>')) {
            pos++;
            arithmetic();
            return new HclExpression.Opaque("a numeric comparison");
        }
        return left;
    }

    private HclExpression arithmetic() throws HclException {
        HclExpression left = unary();
        boolean opaque = false;
        while (true) {
            skipSpace();
            if (pos < text.length() && "+-*/%".indexOf(text.charAt(pos)) >= 0 && !peek("/*") && !peek("//")) {
                pos++;
                unary();
                opaque = true;
            } else {
                return opaque ? new HclExpression.Opaque("arithmetic") : left;
            }
        }
    }

    private HclExpression unary() throws HclException {
        skipSpace();
        if (peek('!')) {
            pos++;
            enter();
            HclExpression operand = unary();
            depth--;
            return new HclExpression.Logic(operand, "!", null);
        }
        if (peek('-') && pos + 1 < text.length() && !Character.isDigit(text.charAt(pos + 1))) {
            pos++;
            enter();
            unary();
            depth--;
            return new HclExpression.Opaque("a negation");
        }
        return postfix(primary());
    }

    private HclExpression postfix(HclExpression value) throws HclException {
        HclExpression result = value;
        while (true) {
            skipSpace();
            if (peek('[')) {
                pos++;
                expression();
                skipSpace();
                expect(']');
                result = new HclExpression.Opaque("an index");
            } else if (peek('.') && pos + 1 < text.length() && (Character.isLetter(text.charAt(pos + 1)) || text.charAt(pos + 1) == '*')) {
                pos++;
                if (peek('*')) {
                    pos++;
                } else {
                    identifier();
                }
                result = new HclExpression.Opaque("an attribute of another value");
            } else {
                return result;
            }
        }
    }

    private HclExpression primary() throws HclException {
        skipSpace();
        if (pos >= text.length()) {
            throw error("a value is missing");
        }
        char c = text.charAt(pos);
        if (c == '"') {
            return string();
        }
        if (peek("<<")) {
            return heredoc();
        }
        if (c == '[') {
            return list();
        }
        if (c == '{') {
            return object();
        }
        if (c == '(') {
            pos++;
            HclExpression inner = expression();
            skipSpace();
            expect(')');
            return inner;
        }
        if (Character.isDigit(c) || c == '-') {
            int start = pos++;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.'
                    || (text.charAt(pos) == '+' || text.charAt(pos) == '-') && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E'))) {
                pos++;
            }
            return new HclExpression.Literal(new HclValue.Text(text.substring(start, pos)));
        }
        String name = identifier();
        if (name == null) {
            throw error("unexpected '" + c + "'");
        }
        switch (name) {
            case "true", "false" -> {
                return new HclExpression.Literal(new HclValue.Text(name));
            }
            case "null" -> {
                return new HclExpression.Literal(new HclValue.Null());
            }
            default -> {
                skipSpace();
                if (peek('(')) {
                    skipBalanced('(', ')');
                    return new HclExpression.Opaque("the function call " + name + "()");
                }
                return new HclExpression.Reference(name);
            }
        }
    }

    private HclExpression list() throws HclException {
        int open = pos;
        pos++;
        skipSpace();
        if (peekWord("for")) {
            pos = open;
            skipBalanced('[', ']');
            return new HclExpression.Opaque("a for expression");
        }
        List<HclExpression> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (peek(']')) {
                pos++;
                return new HclExpression.ListOf(items);
            }
            items.add(expression());
            skipSpace();
            if (peek(',')) {
                pos++;
            } else if (!peek(']')) {
                throw error("expected ',' or ']' in a list");
            }
        }
    }

    private HclExpression object() throws HclException {
        int open = pos;
        pos++;
        skipSpace();
        if (peekWord("for")) {
            pos = open;
            skipBalanced('{', '}');
            return new HclExpression.Opaque("a for expression");
        }
        Map<String, HclExpression> entries = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            if (peek('}')) {
                pos++;
                return new HclExpression.ObjectOf(entries);
            }
            String key;
            if (peek('"')) {
                HclValue value = string().evaluate(n -> new HclValue.Unknown(n));
                key = HclValue.text(value);
            } else if (peek('(')) {
                skipBalanced('(', ')');
                key = null;
            } else {
                key = identifier();
                if (key == null) {
                    throw error("expected a key in an object");
                }
            }
            skipSpace();
            if (peek('=') || peek(':')) {
                pos++;
            } else {
                throw error("expected '=' or ':' after a key");
            }
            HclExpression value = expression();
            if (key != null) {
                entries.put(key, value);
            }
            skipSpace();
            if (peek(',')) {
                pos++;
            }
        }
    }

    /** A quoted template: literal parts and interpolations. */
    private HclExpression string() throws HclException {
        int start = pos;
        pos++;
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (true) {
            if (pos >= text.length() || text.charAt(pos) == '\n') {
                throw new HclException("a string is not closed", start);
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                break;
            }
            if (c == '\\' && pos + 1 < text.length()) {
                char e = text.charAt(pos + 1);
                pos += 2;
                switch (e) {
                    case 'n' -> literal.append('\n');
                    case 't' -> literal.append('\t');
                    case 'r' -> literal.append('\r');
                    case 'u' -> {
                        if (pos + 4 <= text.length()) {
                            try {
                                literal.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                            } catch (NumberFormatException ex) {
                                throw error("a bad \\u escape");
                            }
                            pos += 4;
                        }
                    }
                    default -> literal.append(e);
                }
                continue;
            }
            if (interpolation(parts, literal)) {
                continue;
            }
            literal.append(c);
            pos++;
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return new HclExpression.Template(parts);
    }

    /** {@code ${expr}} (an interpolation), {@code %{…}} (a directive, unknown), {@code $${} and {@code %%{} (escapes). */
    private boolean interpolation(List<Object> parts, StringBuilder literal) throws HclException {
        if (peek("$${") || peek("%%{")) {
            literal.append(text.charAt(pos)).append('{');
            pos += 3;
            return true;
        }
        if (peek("${") || peek("%{")) {
            boolean directive = text.charAt(pos) == '%';
            if (literal.length() > 0) {
                parts.add(literal.toString());
                literal.setLength(0);
            }
            pos += 2;
            if (directive) {
                pos -= 1;
                skipBalanced('{', '}');
                parts.add(new HclExpression.Opaque("a template directive"));
                return true;
            }
            skipSpace();
            if (peek('~')) {
                pos++;
            }
            HclExpression inner = expression();
            skipSpace();
            if (peek('~')) {
                pos++;
            }
            expect('}');
            parts.add(inner);
            return true;
        }
        return false;
    }

    private HclExpression heredoc() throws HclException {
        pos += 2;
        if (peek('-')) {
            pos++;
        }
        String marker = identifier();
        if (marker == null) {
            throw error("a heredoc needs a marker");
        }
        int nl = text.indexOf('\n', pos);
        if (nl < 0) {
            throw error("a heredoc is not closed");
        }
        pos = nl + 1;
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (true) {
            int lineEnd = text.indexOf('\n', pos);
            String line = text.substring(pos, lineEnd < 0 ? text.length() : lineEnd);
            if (line.strip().equals(marker)) {
                pos = lineEnd < 0 ? text.length() : lineEnd;
                break;
            }
            if (lineEnd < 0) {
                throw error("the heredoc " + marker + " is not closed");
            }
            int end = lineEnd + 1;
            while (pos < end) {
                if (!interpolation(parts, literal)) {
                    literal.append(text.charAt(pos));
                    pos++;
                }
            }
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return new HclExpression.Template(parts);
    }

    private void skipBalanced(char open, char close) throws HclException {
        int start = pos;
        int level = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                string();
                continue;
            }
            if (c == open) {
                level++;
            } else if (c == close) {
                level--;
                if (level == 0) {
                    pos++;
                    return;
                }
            }
            pos++;
        }
        throw new HclException("'" + open + "' is not closed", start);
    }

    private String identifier() {
        int start = pos;
        if (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                    || text.charAt(pos) == '-')) {
                pos++;
            }
            return text.substring(start, pos);
        }
        return null;
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '#' || peek("//")) {
                int nl = text.indexOf('\n', pos);
                pos = nl < 0 ? text.length() : nl + 1;
            } else if (peek("/*")) {
                int close = text.indexOf("*/", pos + 2);
                pos = close < 0 ? text.length() : close + 2;
            } else {
                return;
            }
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean peek(String s) {
        return text.startsWith(s, pos);
    }

    private boolean peekWord(String word) {
        return text.startsWith(word, pos) && (pos + word.length() >= text.length()
                || !Character.isLetterOrDigit(text.charAt(pos + word.length())));
    }

    private void expect(char c) throws HclException {
        if (!peek(c)) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void enter() throws HclException {
        if (++depth > MAX_DEPTH) {
            throw error("values nest more than " + MAX_DEPTH + " levels deep");
        }
    }

    private HclException error(String message) {
        return new HclException(message, Math.min(pos, text.length()));
    }
}
