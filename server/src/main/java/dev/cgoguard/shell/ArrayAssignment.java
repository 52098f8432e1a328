package dev.cgoguard.shell;

import dev.cgoguard.parse.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/**
 * The array assignments of bash: {@code NAME=( w1 "w 2" $x )}, {@code NAME+=( … )} and
 * {@code NAME[i]=value}. The words in {@code ( … )} are expanded and split as the words of a
 * command; an unquoted unknown expansion stays one element that may stand for several. An index
 * that is not known, or an explicit {@code [k]=v} inside {@code ( … )} that is not a number, leaves
 * the whole array unknown.
 */
final class ArrayAssignment {
    private ArrayAssignment() {
    }

    static Assignment compound(String name, SyntaxTree tree, TSNode array, boolean append, Scope scope) {
        WordExpander expander = new WordExpander(scope);
        ShellArray result = append ? scope.variables.array(name) : ShellArray.EMPTY;
        for (TSNode child : Children.named(array)) {
            if (child.getType().equals("comment")) {
                continue;
            }
            String text = tree.text(child);
            if (text.startsWith("[")) {
                // [index]=value: keyed elements are left unknown
                return unknown(name, tree.text(array));
            }
            result = result.append(expander.elements(text));
        }
        return of(name, result);
    }

    static Assignment element(String name, String indexText, String written, boolean append, Scope scope) {
        ShellArray array = scope.variables.array(name);
        Integer index = index(indexText, scope, array);
        if (index == null) {
            return unknown(name, name + "[" + indexText + "]=" + written);
        }
        List<Piece> value = new WordExpander(scope).valueParts(written);
        if (append) {
            List<Piece> joined = new ArrayList<>(array.element(index));
            joined.addAll(value);
            value = joined;
        }
        return of(name, array.with(index, quotedParts(value)));
    }

    /** The element an index names: an arithmetic expression, negative from the end; null when not known. */
    static Integer index(String indexText, Scope scope, ShellArray array) {
        ShellValue expression = WordExpander.join(new WordExpander(scope).lex(indexText, WordExpander.Mode.DOUBLE_QUOTED),
                indexText);
        ShellValue number = expression.known() ? Arithmetic.evaluate(expression.text(), scope.variables) : expression;
        if (!number.known() || !array.exact()) {
            return null;
        }
        try {
            return array.resolve(Long.parseLong(number.text().trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An element's pieces as stored: known text kept together, unknown parts one word each. */
    private static List<Piece> quotedParts(List<Piece> value) {
        List<Piece> parts = new ArrayList<>(value.size());
        for (Piece piece : value) {
            parts.add(piece.known() ? Piece.quoted(piece.fieldBreak() ? " " : piece.text()) : Piece.unknown(piece.text(), true));
        }
        return parts;
    }

    private static Assignment of(String name, ShellArray array) {
        ShellValue first = array.firstValue("${" + name + "[0]}");
        return new Assignment(name, first, null, array);
    }

    private static Assignment unknown(String name, String written) {
        return new Assignment(name, ShellValue.unknown("array " + written));
    }
}
