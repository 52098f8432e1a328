package dev.cgoguard.shell;

import dev.cgoguard.parse.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/**
 * One {@code NAME=value} or {@code NAME+=value} with its value expanded in a scope; {@code parts}
 * keeps the known and unknown pieces of a partly unknown value (null otherwise).
 */
record Assignment(String name, ShellValue value, List<Piece> parts) {
    Assignment(String name, ShellValue value) {
        this(name, value, null);
    }

    /** Stores the value in {@code variables}. */
    void applyTo(Variables variables, boolean export) {
        variables.assign(name, value, export, parts);
    }

    static Assignment read(SyntaxTree tree, TSNode node, Scope scope) {
        String text = tree.text(node);
        TSNode nameNode = node.getChildByFieldName("name");
        String name = nameNode == null || nameNode.isNull() ? text.substring(0, Math.max(0, text.indexOf('=')))
                : tree.text(nameNode);
        int eq = text.indexOf('=', name.length());
        if (eq < 0) {
            return new Assignment(name, ShellValue.known(""));
        }
        boolean append = eq > 0 && text.charAt(eq - 1) == '+';
        String written = text.substring(eq + 1);
        TSNode valueNode = node.getChildByFieldName("value");
        if (valueNode != null && !valueNode.isNull() && valueNode.getType().equals("array")) {
            return new Assignment(name, ShellValue.unknown("array " + written));
        }
        WordExpander expander = new WordExpander(scope);
        List<Piece> parts = expander.valueParts(written);
        ShellValue value = WordExpander.join(parts, written);
        if (append) {
            List<Piece> all = new ArrayList<>(expander.variable(name, "$" + name, true));
            all.addAll(parts);
            parts = all;
            ShellValue old = scope.variables.get(name);
            value = old.known() && value.known() ? ShellValue.known(old.text() + value.text())
                    : ShellValue.unknown(name + "+=" + written);
        }
        return new Assignment(name, value, value.known() ? null : parts);
    }
}
