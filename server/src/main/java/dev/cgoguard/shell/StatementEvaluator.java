package dev.cgoguard.shell;

import dev.cgoguard.condition.Condition;
import dev.cgoguard.parse.SyntaxTree;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/**
 * Walks the statements of one bash tree: lists, pipelines, subshells, groups, loops, {@code if},
 * {@code case} and function definitions, handing simple commands to {@link CommandEvaluator}.
 * Loop bodies and branches are analysed once, their commands carrying the condition they run under;
 * what they change is merged back as unknown where the paths disagree.
 */
final class StatementEvaluator {
    private final ScriptRun run;
    private final SyntaxTree tree;
    /** Null when the tree is the script's own text, else where the command that runs it stands (see {@link CommandEvaluator}). */
    private final TextRange anchor;
    private final CommandEvaluator commands;

    StatementEvaluator(ScriptRun run, SyntaxTree tree, TextRange anchor) {
        this.run = run;
        this.tree = tree;
        this.anchor = anchor;
        this.commands = new CommandEvaluator(run, tree, anchor);
    }

    SyntaxTree tree() {
        return tree;
    }

    void evaluate(TSNode node, Scope scope, int depth) {
        if (node == null || node.isNull()) {
            return;
        }
        if (depth > ScriptRun.MAX_NODE_DEPTH) {
            run.stop("the script nests more than " + ScriptRun.MAX_NODE_DEPTH + " levels deep", where(node));
            return;
        }
        if (!run.step()) {
            if (run.stoppedAt == null) {
                run.stoppedAt = where(node);
            }
            return;
        }
        switch (node.getType()) {
            case "program", "compound_statement", "do_group", "negated_command", "ERROR", "variable_assignments" ->
                    evaluateChildren(node, scope, depth);
            case "subshell" -> evaluateChildren(node, scope.copy(), depth);
            case "list" -> list(node, scope, depth);
            case "pipeline" -> pipeline(node, scope, depth);
            case "redirected_statement" -> redirected(node, scope, depth);
            case "command" -> commands.command(node, scope, null);
            case "declaration_command" -> commands.declaration(node, scope);
            case "unset_command" -> commands.unset(node, scope);
            case "variable_assignment" -> commands.assign(node, scope);
            case "for_statement" -> forLoop(node, scope, depth);
            case "c_style_for_statement" -> loopBody(node.getChildByFieldName("body"), scope, depth,
                    Condition.circumstance("inside a for loop"));
            case "while_statement" -> whileLoop(node, scope, depth);
            case "if_statement" -> ifStatement(node, scope, depth);
            case "case_statement" -> caseStatement(node, scope, depth);
            case "function_definition" -> define(node, scope);
            default -> {
                // tests, comments, arithmetic commands: nothing runs
            }
        }
    }

    private void evaluateChildren(TSNode node, Scope scope, int depth) {
        for (TSNode child : Children.named(node)) {
            evaluate(child, scope, depth + 1);
        }
    }

    private void list(TSNode node, Scope scope, int depth) {
        String operator = null;
        TSNode left = null;
        for (Children entry : Children.of(node)) {
            TSNode child = entry.node();
            if (!child.isNamed()) {
                operator = child.getType();
                continue;
            }
            if ("||".equals(operator) && left != null) {
                String command = conditionText(List.of(left));
                evaluate(child, scope.withCondition(Condition.test(command, false, "when " + command + " succeeds",
                        "when " + command + " fails")), depth + 1);
            } else {
                evaluate(child, scope, depth + 1);
                left = child;
            }
        }
    }

    private void pipeline(TSNode node, Scope scope, int depth) {
        for (TSNode child : Children.named(node)) {
            evaluate(child, scope.copy(), depth + 1);
        }
    }

    private void redirected(TSNode node, Scope scope, int depth) {
        TSNode body = node.getChildByFieldName("body");
        if (body == null || body.isNull()) {
            return;
        }
        HereDocument heredoc = HereDocument.of(tree, node);
        if (heredoc != null && body.getType().equals("command")) {
            commands.command(body, scope, heredoc);
        } else {
            evaluate(body, scope, depth + 1);
        }
    }

    private void forLoop(TSNode node, Scope scope, int depth) {
        TSNode variable = node.getChildByFieldName("variable");
        List<TSNode> values = new ArrayList<>();
        for (Children child : Children.of(node)) {
            if ("value".equals(child.field())) {
                values.add(child.node());
            }
        }
        String over = values.isEmpty() ? "\"$@\"" : conditionText(values, " ");
        if (variable != null && !variable.isNull()) {
            String name = tree.text(variable);
            scope.variables.assign(name, ShellValue.unknown("loop variable $" + name + " over " + over), scope.allExport);
        }
        loopBody(node.getChildByFieldName("body"), scope, depth, Condition.circumstance("inside a for loop over " + over));
    }

    private void loopBody(TSNode body, Scope scope, int depth, Condition condition) {
        Scope inside = scope.withCondition(condition);
        evaluate(body, inside, depth + 1);
        scope.mergeAlternative(inside, "set " + condition.text());
    }

    private void whileLoop(TSNode node, Scope scope, int depth) {
        List<TSNode> condition = new ArrayList<>();
        for (Children child : Children.of(node)) {
            if ("condition".equals(child.field()) && child.node().isNamed()) {
                condition.add(child.node());
            }
        }
        for (TSNode part : condition) {
            evaluate(part, scope, depth + 1);
        }
        boolean until = node.getChildCount() > 0 && node.getChild(0).getType().equals("until");
        String text = conditionText(condition);
        loopBody(node.getChildByFieldName("body"), scope, depth, Condition.uncertainCircumstance(
                until ? "inside an until loop, until " + text + " holds" : "inside a while loop, while " + text + " holds"));
    }

    private void ifStatement(TSNode node, Scope scope, int depth) {
        List<Scope> outcomes = new ArrayList<>();
        List<Condition> negated = new ArrayList<>();
        boolean hasElse = false;
        Branch first = Branch.split(node);
        for (TSNode part : first.condition()) {
            evaluate(part, scope, depth + 1);
        }
        outcomes.add(branch(scope.copy(), first, negated, depth));
        for (TSNode clause : first.clauses()) {
            Scope alternative = scope.copy();
            alternative.conditions.addAll(negated);
            if (clause.getType().equals("else_clause")) {
                hasElse = true;
                evaluateAll(Branch.split(clause).body(), alternative, depth);
                outcomes.add(alternative);
            } else {
                Branch elif = Branch.split(clause);
                for (TSNode part : elif.condition()) {
                    evaluate(part, alternative, depth + 1);
                }
                outcomes.add(branch(alternative, elif, negated, depth));
            }
        }
        if (!hasElse) {
            outcomes.add(scope.copy());
        }
        merge(scope, outcomes, "set in an if statement");
    }

    private Scope branch(Scope base, Branch branch, List<Condition> negated, int depth) {
        String text = conditionText(branch.condition());
        Condition holds = Condition.test(text, true, "when " + text + " holds", "when " + text + " does not hold");
        base.conditions.add(holds);
        evaluateAll(branch.body(), base, depth);
        negated.add(holds.negate());
        return base;
    }

    private void caseStatement(TSNode node, Scope scope, int depth) {
        List<Scope> outcomes = new ArrayList<>();
        boolean catchAll = false;
        String subject = node.getChildByFieldName("value") == null || node.getChildByFieldName("value").isNull()
                ? "" : tree.text(node.getChildByFieldName("value"));
        for (TSNode item : Children.named(node)) {
            if (!item.getType().equals("case_item")) {
                continue;
            }
            List<String> patterns = new ArrayList<>();
            List<TSNode> body = new ArrayList<>();
            boolean afterParen = false;
            for (Children entry : Children.of(item)) {
                TSNode child = entry.node();
                if (!afterParen && "value".equals(entry.field())) {
                    patterns.add(tree.text(child));
                } else if (child.getType().equals(")")) {
                    afterParen = true;
                } else if (afterParen && child.isNamed()) {
                    body.add(child);
                }
            }
            catchAll |= patterns.contains("*");
            String inCase = "in case " + String.join("|", patterns) + " (of " + subject + ")";
            Scope branch = scope.withCondition(Condition.test(inCase, true, inCase, "not " + inCase));
            evaluateAll(body, branch, depth);
            outcomes.add(branch);
        }
        if (!catchAll) {
            outcomes.add(scope.copy());
        }
        merge(scope, outcomes, "set in a case statement");
    }

    private static void merge(Scope scope, List<Scope> outcomes, String why) {
        Scope result = outcomes.get(0);
        for (int i = 1; i < outcomes.size(); i++) {
            result.mergeAlternative(outcomes.get(i), why);
        }
        scope.adopt(result);
    }

    private void evaluateAll(List<TSNode> nodes, Scope scope, int depth) {
        for (TSNode statement : nodes) {
            evaluate(statement, scope, depth + 1);
        }
    }

    private void define(TSNode node, Scope scope) {
        TSNode name = node.getChildByFieldName("name");
        TSNode body = node.getChildByFieldName("body");
        if (name != null && !name.isNull() && body != null && !body.isNull()) {
            String functionName = tree.text(name);
            scope.functions.put(functionName, new ShellFunction(functionName, tree, body, anchor));
        }
    }

    /** Where a node stands in the script's own text. */
    private TextRange where(TSNode node) {
        return anchor != null ? anchor : tree.range(node);
    }

    private String conditionText(List<TSNode> nodes) {
        return conditionText(nodes, "; ");
    }

    private String conditionText(List<TSNode> nodes, String separator) {
        StringBuilder text = new StringBuilder();
        for (TSNode node : nodes) {
            if (!node.isNamed()) {
                continue;
            }
            if (text.length() > 0) {
                text.append(separator);
            }
            text.append(tree.text(node).strip());
        }
        String condition = text.toString().replaceAll("\\s*\\\\\\n\\s*", " ");
        return condition.length() > 120 ? condition.substring(0, 117) + "..." : condition;
    }
}
