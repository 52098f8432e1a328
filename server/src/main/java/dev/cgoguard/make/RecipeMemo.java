package dev.cgoguard.make;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The recipe lines one alternative expanded, for the other alternatives of the same Makefile: a
 * line gives the same commands again when every variable its expansion looked up has the same
 * definition (and the names the files assign, which decide what an undefined one is, are the
 * same). Alternatives mostly differ in a few variables, so most lines are expanded once, not once
 * per alternative.
 */
final class RecipeMemo {
    private static final int KEPT_PER_LINE = 4;

    /** A recipe line as one target runs it: what its automatic variables are made of. */
    record Use(String target, RecipeLine line, String stem, List<String> prerequisites, String rule,
            List<String> orderOnly, boolean pattern) {
        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Use that
                    && Objects.equals(target, that.target)
                    && Objects.equals(line, that.line)
                    && Objects.equals(stem, that.stem)
                    && Objects.equals(prerequisites, that.prerequisites)
                    && Objects.equals(rule, that.rule)
                    && Objects.equals(orderOnly, that.orderOnly)
                    && pattern == that.pattern;
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(target);
            hash = 31 * hash + Objects.hashCode(line);
            hash = 31 * hash + Objects.hashCode(stem);
            hash = 31 * hash + Objects.hashCode(prerequisites);
            hash = 31 * hash + Objects.hashCode(rule);
            hash = 31 * hash + Objects.hashCode(orderOnly);
            hash = 31 * hash + Boolean.hashCode(pattern);
            return hash;
        }
    }

    /** What expanding a line gave, and what it depended on. */
    private record Expansion(Set<String> fileVariables, Map<String, MakeVariable> lookups, List<String> commands,
            long work) {
    }

    private final Map<Use, List<Expansion>> expansions = new HashMap<>();
    private final Map<Set<String>, Set<String>> fileVariableSets = new HashMap<>();

    /** One instance for equal sets of names, so that an expansion's are compared by identity. */
    Set<String> canonical(Set<String> fileVariables) {
        return fileVariableSets.computeIfAbsent(fileVariables, s -> s);
    }

    /** The commands an earlier expansion of the line gave, when all it looked up is the same in the scope; else null. */
    Expanded find(Use use, Set<String> fileVariables, VariableScope scope) {
        for (Expansion e : expansions.getOrDefault(use, List.of())) {
            if (e.fileVariables() == fileVariables && sameLookups(e.lookups(), scope)) {
                return new Expanded(e.commands(), e.work());
            }
        }
        return null;
    }

    /** The commands of a line and the expansion work they cost. */
    record Expanded(List<String> commands, long work) {
    }

    private static boolean sameLookups(Map<String, MakeVariable> lookups, VariableScope scope) {
        for (Map.Entry<String, MakeVariable> e : lookups.entrySet()) {
            if (!Objects.equals(e.getValue(), scope.lookup(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    void keep(Use use, Set<String> fileVariables, Map<String, MakeVariable> lookups, List<String> commands, long work) {
        List<Expansion> kept = expansions.computeIfAbsent(use, u -> new ArrayList<>());
        if (kept.size() < KEPT_PER_LINE) {
            kept.add(new Expansion(fileVariables, lookups, List.copyOf(commands), work));
        }
    }

    /** A scope that notes each name looked up and what it gave, the first time. */
    static VariableScope recording(VariableScope scope, Map<String, MakeVariable> lookups) {
        return name -> {
            MakeVariable v = scope.lookup(name);
            if (!lookups.containsKey(name)) {
                lookups.put(name, v);
            }
            return v;
        };
    }

    static Map<String, MakeVariable> newLookups() {
        return new LinkedHashMap<>();
    }
}
