package dev.cgoguard.make;

import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads rule lines: explicit, double-colon, pattern and static pattern rules, order-only
 * prerequisites after {@code |}, a recipe after {@code ;}, and target- or pattern-specific
 * assignments ({@code release: export CGO_ENABLED = 0}). Keeps the current rule so that the
 * recipe lines that follow are attached to its targets.
 */
final class RuleReader {
    private final MakeDatabase db;
    private final MakeExpander expander;
    private final VariableScope globals;
    private final VariableAssigner assigner;
    private List<MakeTarget> current;
    private List<RecipeLine> recipe;

    RuleReader(MakeDatabase db, MakeExpander expander, VariableScope globals, VariableAssigner assigner) {
        this.db = db;
        this.expander = expander;
        this.globals = globals;
        this.assigner = assigner;
    }

    boolean inRule() {
        return current != null;
    }

    void endRule() {
        current = null;
        recipe = null;
    }

    void addRecipeLine(RecipeLine line) {
        if (current == null) {
            return;
        }
        if (recipe == null) {
            recipe = new ArrayList<>();
            for (MakeTarget t : current) {
                t.recipe = recipe;
            }
        }
        recipe.add(line);
    }

    /** A line that is not an assignment or directive: a rule, or text expanded for its side effects. */
    void ruleOrStatement(String text, String collapsed, String makefile, TextRange range) {
        int colon = ruleColon(text);
        if (colon < 0) {
            endRule();
            String expanded = expander.expand(text, globals);
            if (!expanded.isBlank() && ruleColon(expanded.replace("$", "$$")) >= 0) {
                ruleOrStatement(expanded.replace("$", "$$"), expanded.replace("$", "$$"), makefile, range);
            }
            return;
        }
        String oneLine = null;
        String ruleText = text;
        int semicolon = MakeExpander.topLevel(collapsed, ';', '(', ')');
        if (semicolon > colon && MakefileLines.stripComment(collapsed.substring(0, semicolon)).length() == semicolon) {
            oneLine = collapsed.substring(semicolon + 1);
            ruleText = collapsed.substring(0, semicolon);
        }
        boolean doubleColon = colon + 1 < ruleText.length() && ruleText.charAt(colon + 1) == ':';
        List<String> targets = MakeWords.split(expander.expand(ruleText.substring(0, colon), globals));
        String after = ruleText.substring(colon + (doubleColon ? 2 : 1)).strip();
        if (targetVariable(targets, after, makefile, range)) {
            endRule();
            return;
        }
        rule(targets, after, doubleColon);
        if (oneLine != null) {
            addRecipeLine(new RecipeLine(oneLine.stripLeading(), makefile, range));
        }
    }

    /** The index of the colon that makes a line a rule, outside variable references, or -1. */
    static int ruleColon(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length() && (text.charAt(i + 1) == '(' || text.charAt(i + 1) == '{')) {
                count++;
                i++;
            } else if ((c == ')' || c == '}') && count > 0) {
                count--;
            } else if (c == '$' && i + 1 < text.length()) {
                i++;
            } else if (c == ':' && count == 0) {
                return i;
            }
        }
        return -1;
    }

    private boolean targetVariable(List<String> targets, String after, String makefile, TextRange range) {
        VariableModifiers modifiers = VariableModifiers.strip(after, true);
        boolean override = modifiers.override();
        Boolean export = modifiers.export();
        String rest = modifiers.rest();
        AssignmentSyntax a = AssignmentSyntax.parse(rest);
        if (a == null) {
            return false;
        }
        String name = expander.expand(a.name(), globals).strip();
        MakeVariable.Flavor flavor = a.operator() == AssignmentSyntax.Operator.SIMPLE
                || a.operator() == AssignmentSyntax.Operator.SHELL ? MakeVariable.Flavor.SIMPLE : MakeVariable.Flavor.RECURSIVE;
        String value = switch (a.operator()) {
            case SIMPLE -> expander.expand(a.value(), globals);
            case SHELL -> assigner.shell(a.value());
            default -> a.value();
        };
        TargetVariable.Operator op = a.operator() == AssignmentSyntax.Operator.APPEND ? TargetVariable.Operator.APPEND
                : a.operator() == AssignmentSyntax.Operator.CONDITIONAL ? TargetVariable.Operator.CONDITIONAL
                : TargetVariable.Operator.SET;
        for (String target : targets) {
            TargetVariable tv = new TargetVariable(target, name, value, flavor, op, override, export, makefile, range);
            if (MakeWords.percent(target) >= 0) {
                db.patternVariables.add(tv);
            } else {
                db.targetVariables.computeIfAbsent(target, k -> new ArrayList<>()).add(tv);
            }
        }
        return true;
    }

    private void rule(List<String> targets, String after, boolean doubleColon) {
        String staticPattern = null;
        String prerequisites = after;
        int second = ruleColon(after);
        if (second >= 0) {
            staticPattern = expander.expand(after.substring(0, second), globals).strip();
            prerequisites = after.substring(second + 1);
        }
        String expanded = expander.expand(prerequisites, globals);
        int bar = expanded.indexOf('|');
        List<String> normal = MakeWords.split(bar < 0 ? expanded : expanded.substring(0, bar));
        List<String> orderOnly = bar < 0 ? List.of() : MakeWords.split(expanded.substring(bar + 1));
        current = new ArrayList<>();
        recipe = null;
        for (String name : targets) {
            if (name.equals(".EXPORT_ALL_VARIABLES")) {
                db.exportAll = true;
            }
            MakeTarget target;
            if (staticPattern == null && MakeWords.percent(name) >= 0) {
                target = new MakeTarget(name);
                target.patternPrerequisites.addAll(normal);
                target.orderOnly.addAll(orderOnly);
                db.patternRules.add(target);
                current.add(target);
                continue;
            }
            if (doubleColon && db.targets.containsKey(name)) {
                target = new MakeTarget(name);
                db.doubleColon.add(target);
            } else {
                target = db.target(name);
            }
            if (staticPattern != null) {
                String stem = MakeWords.stem(staticPattern, name);
                if (stem == null) {
                    continue;
                }
                target.stem = stem;
                for (String p : normal) {
                    target.prerequisites.add(MakeWords.substitute(p, stem));
                }
                for (String p : orderOnly) {
                    target.orderOnly.add(MakeWords.substitute(p, stem));
                }
            } else {
                target.prerequisites.addAll(normal);
                target.orderOnly.addAll(orderOnly);
            }
            if (db.firstTarget == null && (!name.startsWith(".") || name.contains("/"))) {
                db.firstTarget = name;
            }
            current.add(target);
        }
    }
}
