package dev.cgoguard.shell;

import dev.cgoguard.parse.SyntaxTree;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/**
 * One {@code NAME=value} or {@code NAME+=value} with its value expanded in a scope; {@code parts}
 * keeps the known and unknown pieces of a partly unknown value (null otherwise). An array
 * assignment ({@code NAME=( … )}, {@code NAME+=( … )}, {@code NAME[i]=value}) holds the whole
 * array after it in {@code array}, and {@code value} is its element 0.
 */
record Assignment(String name, ShellValue value, List<Piece> parts, ShellArray array) {
    Assignment(String name, ShellValue value) {
        this(name, value, null, null);
    }

    Assignment(String name, ShellValue value, List<Piece> parts) {
        this(name, value, parts, null);
    }

    /** Stores the value in {@code variables}. */
    void applyTo(Variables variables, boolean export) {
        if (array != null) {
            variables.assignArray(name, array, export);
        } else {
            variables.assign(name, value, export, parts);
        }
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
        if (append && name.endsWith("+")) {
            name = name.substring(0, name.length() - 1);
        }
        TSNode valueNode = node.getChildByFieldName("value");
        boolean compound = valueNode != null && !valueNode.isNull() && valueNode.getType().equals("array");
        int bracket = name.indexOf('[');
        if (bracket > 0 && name.endsWith("]")) {
            return compound ? new Assignment(name.substring(0, bracket), ShellValue.unknown(text))
                    : ArrayAssignment.element(name.substring(0, bracket), name.substring(bracket + 1, name.length() - 1),
                            written, append, scope);
        }
        if (compound) {
            return ArrayAssignment.compound(name, tree, valueNode, append, scope);
        }
        if (scope.variables.isArray(name)) {
            // NAME=value on an array sets its element 0
            return ArrayAssignment.element(name, "0", written, append, scope);
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
