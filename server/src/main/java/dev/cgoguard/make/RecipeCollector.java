package dev.cgoguard.make;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks the rule database of one alternative: either every recipe of every target (pattern rules
 * instantiated for the names that mention them, or with unknown automatic variables), or the
 * recipes make runs for given goals, prerequisites first, with inherited target variables.
 */
final class RecipeCollector {
    static final int MAX_COMMANDS = 200_000;

    private final MakeDatabase db;
    private final MakeExpander expander;
    private final RecipeExpander recipes;

    RecipeCollector(MakeDatabase db, MakeExpander expander) {
        this.db = db;
        this.expander = expander;
        this.recipes = new RecipeExpander(db, expander);
    }

    /** Every recipe line of every target, then the lines a target's variables change in its prerequisites. */
    List<ExpandedCommand> allTargets() {
        List<ExpandedCommand> out = new ArrayList<>();
        Set<String> mentioned = new LinkedHashSet<>();
        for (MakeTarget t : db.explicitTargets()) {
            mentioned.add(t.name);
            mentioned.addAll(t.prerequisites);
            if (t.hasRecipe() && out.size() < MAX_COMMANDS) {
                VariableScope scope = TargetScope.of(t.name, null, db, expander);
                out.addAll(recipes.expand(t.name, t, t.stem, t.prerequisites, scope));
            }
        }
        for (MakeTarget rule : db.patternRules) {
            if (!rule.hasRecipe()) {
                continue;
            }
            boolean instantiated = false;
            for (String name : mentioned) {
                MakeTarget explicit = db.targets.get(name);
                if ((explicit == null || !explicit.hasRecipe()) && db.patternFor(name) == rule
                        && out.size() < MAX_COMMANDS) {
                    out.addAll(instantiate(name, rule, explicit, TargetScope.of(name, null, db, expander)));
                    instantiated = true;
                }
            }
            if (!instantiated) {
                out.addAll(recipes.expand(rule.name, rule, null, List.of(), TargetScope.of(rule.name, null, db, expander)));
            }
        }
        return out;
    }

    /** Goals that have their own variables: their prerequisites may run with other values. */
    List<String> goalsWithVariables() {
        List<String> out = new ArrayList<>();
        for (MakeTarget t : db.explicitTargets()) {
            if (db.targetVariables.containsKey(t.name) && !t.prerequisites.isEmpty()) {
                out.add(t.name);
            }
        }
        return out;
    }

    /** The commands make runs for the goals, in order (every target assumed out of date). */
    List<ExpandedCommand> goals(List<String> goals) {
        List<ExpandedCommand> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String goal : goals) {
            visit(goal, null, done, out, 0);
        }
        return out;
    }

    private void visit(String name, VariableScope parent, Set<String> done, List<ExpandedCommand> out, int depth) {
        if (depth > 200 || out.size() >= MAX_COMMANDS || !done.add(name)) {
            return;
        }
        VariableScope scope = TargetScope.of(name, parent, db, expander);
        MakeTarget explicit = db.targets.get(name);
        List<MakeTarget> rules = new ArrayList<>();
        if (explicit != null) {
            rules.add(explicit);
            for (MakeTarget extra : db.doubleColon) {
                if (extra.name.equals(name)) {
                    rules.add(extra);
                }
            }
        }
        boolean hasRecipe = rules.stream().anyMatch(MakeTarget::hasRecipe);
        MakeTarget pattern = hasRecipe ? null : db.patternFor(name);
        List<String> prerequisites = new ArrayList<>();
        for (MakeTarget r : rules) {
            prerequisites.addAll(r.prerequisites);
            prerequisites.addAll(r.orderOnly);
        }
        String stem = null;
        if (pattern != null) {
            stem = MakeWords.stem(pattern.name, name);
            for (String p : pattern.patternPrerequisites) {
                prerequisites.add(MakeWords.substitute(p, stem));
            }
            for (String p : pattern.orderOnly) {
                prerequisites.add(MakeWords.substitute(p, stem));
            }
        }
        for (String p : prerequisites) {
            visit(p, scope, done, out, depth + 1);
        }
        if (pattern != null) {
            out.addAll(instantiate(name, pattern, explicit, scope));
            return;
        }
        for (MakeTarget r : rules) {
            if (r.hasRecipe()) {
                out.addAll(recipes.expand(name, r, r.stem, r.prerequisites, scope));
            }
        }
    }

    private List<ExpandedCommand> instantiate(String name, MakeTarget rule, MakeTarget explicit, VariableScope scope) {
        String stem = MakeWords.stem(rule.name, name);
        List<String> prerequisites = new ArrayList<>();
        for (String p : rule.patternPrerequisites) {
            prerequisites.add(MakeWords.substitute(p, stem));
        }
        if (explicit != null) {
            prerequisites.addAll(explicit.prerequisites);
        }
        return recipes.expand(name, rule, stem, prerequisites, scope);
    }
}
