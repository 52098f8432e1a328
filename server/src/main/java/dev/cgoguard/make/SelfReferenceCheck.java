package dev.cgoguard.make;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds recursive variables that refer to themselves, directly ({@code A = $(A) x}) or through
 * others ({@code A = $(B)}, {@code B = $(A)}), from their raw text, also when no recipe uses them:
 * make stops with "Recursive variable references itself" as soon as one is expanded.
 */
final class SelfReferenceCheck {
    private static final Pattern REFERENCE = Pattern.compile("\\$[({]([A-Za-z0-9_.\\-]+)[)}]");

    private SelfReferenceCheck() {
    }

    /** The variables on a reference cycle, each once, in definition order. */
    static List<MakeVariable> cycles(Map<String, MakeVariable> globals) {
        Map<String, List<String>> edges = new HashMap<>();
        for (MakeVariable v : globals.values()) {
            if (v.recursive() && v.range() != null && v.value().indexOf('$') >= 0) {
                List<String> targets = new ArrayList<>();
                Matcher m = REFERENCE.matcher(v.value());
                while (m.find()) {
                    MakeVariable target = globals.get(m.group(1));
                    if (target != null && target.recursive()) {
                        targets.add(m.group(1));
                    }
                }
                edges.put(v.name(), targets);
            }
        }
        Set<String> onCycle = onCycles(edges);
        List<MakeVariable> out = new ArrayList<>();
        for (MakeVariable v : globals.values()) {
            if (onCycle.contains(v.name())) {
                out.add(v);
            }
        }
        return out;
    }

    /** Names in a strongly connected component with a cycle (Kosaraju, iterative: linear, no deep stack). */
    private static Set<String> onCycles(Map<String, List<String>> edges) {
        Map<String, List<String>> reverse = new HashMap<>();
        edges.forEach((from, tos) -> tos.forEach(to -> reverse.computeIfAbsent(to, k -> new ArrayList<>()).add(from)));
        List<String> order = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        for (String root : edges.keySet()) {
            if (!visited.add(root)) {
                continue;
            }
            ArrayDeque<Object[]> stack = new ArrayDeque<>();
            stack.push(new Object[] {root, 0});
            while (!stack.isEmpty()) {
                Object[] top = stack.peek();
                List<String> next = edges.getOrDefault((String) top[0], List.of());
                int index = (Integer) top[1];
                if (index < next.size()) {
                    top[1] = index + 1;
                    if (visited.add(next.get(index))) {
                        stack.push(new Object[] {next.get(index), 0});
                    }
                } else {
                    order.add((String) stack.pop()[0]);
                }
            }
        }
        Set<String> out = new HashSet<>();
        Set<String> assigned = new HashSet<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            String root = order.get(i);
            if (!assigned.add(root)) {
                continue;
            }
            List<String> component = new ArrayList<>(List.of(root));
            ArrayDeque<String> stack = new ArrayDeque<>(List.of(root));
            while (!stack.isEmpty()) {
                for (String from : reverse.getOrDefault(stack.pop(), List.of())) {
                    if (assigned.add(from)) {
                        component.add(from);
                        stack.push(from);
                    }
                }
            }
            if (component.size() > 1 || edges.getOrDefault(root, List.of()).contains(root)) {
                out.addAll(component);
            }
        }
        return out;
    }
}
