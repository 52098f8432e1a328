package dev.cgoguard.kinds.bake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HCL body as read: its attributes (name to unevaluated expression) and its blocks (type, labels,
 * body), in order. Expressions are kept as {@link HclExpression}s, evaluated once the variables they
 * refer to are known.
 */
record HclBody(Map<String, HclExpression> attributes, List<Block> blocks) {
    record Block(String type, List<String> labels, HclBody body, int offset) {
    }

    static HclBody empty() {
        return new HclBody(new LinkedHashMap<>(), new ArrayList<>());
    }
}
