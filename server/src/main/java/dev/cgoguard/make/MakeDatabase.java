package dev.cgoguard.make;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What reading the Makefiles of one alternative gave: variables, exports, targets, target variables. */
final class MakeDatabase {
    /** Whether {@code MAKECMDGOALS} was looked up: until it is, what was read does not depend on the goals. */
    boolean goalsLookedUp;
    final Map<String, MakeVariable> globals = new LinkedHashMap<>() {
        @Override
        public MakeVariable get(Object name) {
            goalsLookedUp |= "MAKECMDGOALS".equals(name);
            return super.get(name);
        }

        @Override
        public boolean containsKey(Object name) {
            goalsLookedUp |= "MAKECMDGOALS".equals(name);
            return super.containsKey(name);
        }
    };
    final Map<String, Boolean> exported = new HashMap<>();
    boolean exportAll;
    final Map<String, MakeTarget> targets = new LinkedHashMap<>();
    final List<MakeTarget> doubleColon = new ArrayList<>();
    final List<MakeTarget> patternRules = new ArrayList<>();
    final Map<String, List<TargetVariable>> targetVariables = new HashMap<>();
    final List<TargetVariable> patternVariables = new ArrayList<>();
    String firstTarget;

    MakeTarget target(String name) {
        return targets.computeIfAbsent(name, MakeTarget::new);
    }

    /** Explicit targets in the order they were defined, then the extra double-colon rules. */
    List<MakeTarget> explicitTargets() {
        List<MakeTarget> out = new ArrayList<>(targets.values());
        out.addAll(doubleColon);
        return out;
    }

    String defaultGoal() {
        MakeVariable v = globals.get(".DEFAULT_GOAL");
        if (v != null && !v.value().isBlank()) {
            return v.value().trim();
        }
        return firstTarget;
    }

    /** The pattern rule with a recipe whose target pattern matches the name, or null. */
    MakeTarget patternFor(String name) {
        MakeTarget best = null;
        int bestStem = Integer.MAX_VALUE;
        for (MakeTarget rule : patternRules) {
            String stem = rule.hasRecipe() ? MakeWords.stem(rule.name, name) : null;
            if (stem != null && stem.length() < bestStem) {
                best = rule;
                bestStem = stem.length();
            }
        }
        return best;
    }
}
