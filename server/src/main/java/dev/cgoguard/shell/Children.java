package dev.cgoguard.shell;

import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;
import org.treesitter.TSTreeCursor;

/**
 * The children of a node with their field names, read with one cursor walk: indexed access
 * ({@code getChild(i)}) walks the siblings again for every index, which is quadratic on long scripts.
 */
record Children(TSNode node, String field) {
    static List<Children> of(TSNode parent) {
        List<Children> children = new ArrayList<>();
        try (TSTreeCursor cursor = new TSTreeCursor(parent)) {
            if (!cursor.gotoFirstChild()) {
                return children;
            }
            do {
                children.add(new Children(cursor.currentNode(), cursor.currentFieldName()));
            } while (cursor.gotoNextSibling());
        }
        return children;
    }

    static List<TSNode> named(TSNode parent) {
        List<TSNode> named = new ArrayList<>();
        for (Children child : of(parent)) {
            if (child.node().isNamed()) {
                named.add(child.node());
            }
        }
        return named;
    }

    String type() {
        return node.getType();
    }
}
