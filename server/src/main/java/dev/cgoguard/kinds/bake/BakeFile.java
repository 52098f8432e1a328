package dev.cgoguard.kinds.bake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bake definition (docker-bake.hcl or docker-bake.json): its variables with their defaults and its
 * targets with what decides their Dockerfile builds, after {@code inherits} (a target's own
 * attributes win; {@code args} are merged name by name).
 */
final class BakeFile {
    /** A target as bake builds it: the Dockerfile (relative to the context), the context, the stage and the build arguments. */
    record Target(String name, HclValue context, HclValue dockerfile, HclValue stage, Map<String, HclValue> args,
            boolean inline) {
    }

    private static final int MAX_INHERITS = dev.cgoguard.workspace.ScanLimits.BAKE_INHERITS;

    private final Map<String, HclExpression> variables = new LinkedHashMap<>();
    private final Map<String, Map<String, HclExpression>> targets = new LinkedHashMap<>();

    static BakeFile of(HclBody body) {
        BakeFile file = new BakeFile();
        for (HclBody.Block block : body.blocks()) {
            if (block.labels().isEmpty()) {
                continue;
            }
            String name = block.labels().get(0);
            if (block.type().equals("variable")) {
                HclExpression value = block.body().attributes().get("default");
                file.variables.put(name, value == null ? new HclExpression.Literal(new HclValue.Null()) : value);
            } else if (block.type().equals("target")) {
                file.targets.computeIfAbsent(name, k -> new LinkedHashMap<>()).putAll(block.body().attributes());
            }
        }
        body.attributes().forEach(file.variables::put);
        return file;
    }

    /** A bake JSON document: {@code {"variable": {...}, "target": {...}}}. */
    static BakeFile ofJson(HclExpression document) {
        BakeFile file = new BakeFile();
        if (!(document instanceof HclExpression.ObjectOf root)) {
            return file;
        }
        if (root.entries().get("variable") instanceof HclExpression.ObjectOf variables) {
            variables.entries().forEach((name, definition) -> file.variables.put(name,
                    definition instanceof HclExpression.ObjectOf object && object.entries().containsKey("default")
                            ? object.entries().get("default") : new HclExpression.Literal(new HclValue.Null())));
        }
        if (root.entries().get("target") instanceof HclExpression.ObjectOf targets) {
            targets.entries().forEach((name, definition) -> {
                if (definition instanceof HclExpression.ObjectOf object) {
                    file.targets.put(name, new LinkedHashMap<>(object.entries()));
                }
            });
        }
        return file;
    }

    /** Every target, resolved. */
    List<Target> targets() {
        List<Target> resolved = new ArrayList<>();
        for (String name : targets.keySet()) {
            Map<String, HclExpression> attributes = new LinkedHashMap<>();
            Map<String, HclExpression> args = new LinkedHashMap<>();
            inherit(name, attributes, args, new HashSet<>(), 0);
            Map<String, HclValue> argValues = new LinkedHashMap<>();
            args.forEach((arg, value) -> argValues.put(arg, value.evaluate(this::variable)));
            resolved.add(new Target(name, value(attributes.get("context")), value(attributes.get("dockerfile")),
                    value(attributes.get("target")), argValues, attributes.containsKey("dockerfile-inline")));
        }
        return resolved;
    }

    /** The bases first, then the target's own attributes over them. */
    private void inherit(String name, Map<String, HclExpression> attributes, Map<String, HclExpression> args, Set<String> seen,
            int depth) {
        Map<String, HclExpression> own = targets.get(name);
        if (own == null || !seen.add(name) || depth > MAX_INHERITS) {
            return;
        }
        HclValue bases = value(own.get("inherits"));
        if (bases instanceof HclValue.ListValue list) {
            for (HclValue base : list.items()) {
                String baseName = HclValue.text(base);
                if (baseName != null) {
                    inherit(baseName, attributes, args, seen, depth + 1);
                }
            }
        }
        own.forEach((key, expression) -> {
            if (key.equals("args") && expression instanceof HclExpression.ObjectOf object) {
                args.putAll(object.entries());
            } else if (!key.equals("inherits")) {
                attributes.put(key, expression);
            }
        });
    }

    private HclValue value(HclExpression expression) {
        return expression == null ? null : expression.evaluate(this::variable);
    }

    private final Set<String> evaluating = new HashSet<>();

    /** A variable's default, as bake uses it when the environment does not set the variable. */
    private HclValue variable(String name) {
        HclExpression definition = variables.get(name);
        if (definition == null || !evaluating.add(name)) {
            return null;
        }
        if (evaluating.size() > MAX_INHERITS * 4) {
            evaluating.remove(name);
            return new HclValue.Unknown("variables that refer to each other too deeply");
        }
        try {
            return definition.evaluate(this::variable);
        } finally {
            evaluating.remove(name);
        }
    }
}
