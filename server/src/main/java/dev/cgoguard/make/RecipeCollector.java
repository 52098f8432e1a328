package dev.cgoguard.make;

import dev.cgoguard.workspace.ScanLimits;
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
    static final int MAX_COMMANDS = ScanLimits.MAKE_RECIPE_LINES;

    private final MakeDatabase db;
    private final MakeExpander expander;
    private final RecipeExpander recipes;
    private boolean limitReported;

    RecipeCollector(MakeDatabase db, MakeExpander expander, RecipeMemo memo, java.util.Set<String> fileVariables) {
        this.db = db;
        this.expander = expander;
        this.recipes = new RecipeExpander(db, expander, memo, fileVariables);
    }

    /** Every recipe line of every target, then the lines a target's variables change in its prerequisites. */
    List<ExpandedCommand> allTargets() {
        List<ExpandedCommand> out = new ArrayList<>();
        Set<String> mentioned = new LinkedHashSet<>();
        for (MakeTarget t : db.explicitTargets()) {
            mentioned.add(t.name);
            mentioned.addAll(t.prerequisites);
            if (t.hasRecipe() && room(out, t)) {
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
                        && room(out, rule)) {
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
        if (depth > ScanLimits.MAKE_PREREQUISITE_DEPTH) {
            report(db.targets.get(name), "prerequisites nested more than " + ScanLimits.MAKE_PREREQUISITE_DEPTH
                    + " deep: the recipes of " + name + " and its prerequisites are not read");
            return;
        }
        if (!room(out, db.targets.get(name)) || !done.add(name)) {
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

    /** True while fewer than {@value #MAX_COMMANDS} recipe lines were collected; reports the limit once when not. */
    private boolean room(List<ExpandedCommand> out, MakeTarget next) {
        if (out.size() < MAX_COMMANDS) {
            return true;
        }
        report(next, "more than " + MAX_COMMANDS + " recipe lines: the recipes of this target and those after it are not read");
        return false;
    }

    /** Reports a limit once, at the first recipe line of the target where it was reached (or where expansion stands). */
    private void report(MakeTarget target, String what) {
        if (limitReported) {
            return;
        }
        limitReported = true;
        RecipeLine first = target == null || target.recipe.isEmpty() ? null : target.recipe.get(0);
        expander.host().recipesLimitReached(what, first == null ? null : first.makefile(), first == null ? null : first.range());
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
