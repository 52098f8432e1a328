package dev.cgoguard.shell;

import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/**
 * The parts of an {@code if}, {@code elif} or {@code else}: the condition statements before
 * {@code then}, the body statements after it, and the {@code elif}/{@code else} clauses that follow.
 */
record Branch(List<TSNode> condition, List<TSNode> body, List<TSNode> clauses) {
    static Branch split(TSNode node) {
        List<TSNode> condition = new ArrayList<>();
        List<TSNode> body = new ArrayList<>();
        List<TSNode> clauses = new ArrayList<>();
        boolean inBody = node.getType().equals("else_clause");
        for (Children entry : Children.of(node)) {
            TSNode child = entry.node();
            String type = child.getType();
            if (type.equals("then")) {
                inBody = true;
            } else if (type.equals("elif_clause") || type.equals("else_clause")) {
                clauses.add(child);
            } else if (child.isNamed() && !type.equals("comment")) {
                (inBody ? body : condition).add(child);
            }
        }
        return new Branch(condition, body, clauses);
    }
}
