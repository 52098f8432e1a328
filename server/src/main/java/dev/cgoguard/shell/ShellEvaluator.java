package dev.cgoguard.shell;

import dev.cgoguard.grammars.Grammar;
import dev.cgoguard.host.HostCommands;
import dev.cgoguard.parse.ParseCancelledException;
import dev.cgoguard.parse.Parsers;
import dev.cgoguard.parse.SyntaxTree;
import dev.cgoguard.workspace.SourceText;
import java.util.List;

/**
 * Reads a shell script (a recipe line, a {@code RUN} body, a {@code *.sh} file, a CI {@code run:}
 * step) and lists the simple commands it would run, with their words expanded as far as the text
 * allows, their environment, working directory and conditions. It never runs a shell: what depends
 * on the outside ({@code $(git describe)}, variables from the environment) stays unknown.
 */
public final class ShellEvaluator {
    private ShellEvaluator() {
    }

    public static List<SimpleCommand> evaluate(SourceText script, ShellState initial) {
        return evaluate(Parsers.parse(Grammar.BASH, script), initial);
    }

    /** Evaluates an already parsed bash tree. */
    public static List<SimpleCommand> evaluate(SyntaxTree tree, ShellState initial) {
        return evaluateScript(tree, initial).commands();
    }

    /** The commands of a script, and where and why its evaluation stopped early, if it did. */
    public static ScriptEvaluation evaluateScript(SourceText script, ShellState initial) {
        return evaluateScript(script, initial, null);
    }

    /**
     * As {@link #evaluateScript(SourceText, ShellState)}, following {@code .} and {@code source} of
     * workspace files through {@code sources} (null: they are not read). A parse given up at its
     * limit is an evaluation stopped where the parser stood.
     */
    public static ScriptEvaluation evaluateScript(SourceText script, ShellState initial, SourceReader sources) {
        SyntaxTree tree;
        try {
            tree = Parsers.parse(Grammar.BASH, script);
        } catch (ParseCancelledException e) {
            return new ScriptEvaluation(List.of(), "cgoguard stopped parsing it: " + e.getMessage(),
                    script.range(e.charOffset(), e.charOffset()));
        }
        return evaluateScript(tree, initial, sources);
    }

    /** As {@link #evaluateScript(SourceText, ShellState)}, for an already parsed bash tree. */
    public static ScriptEvaluation evaluateScript(SyntaxTree tree, ShellState initial) {
        return evaluateScript(tree, initial, null);
    }

    /**
     * As {@link #evaluateScript(SyntaxTree, ShellState)}, following {@code .} and {@code source} of
     * workspace files through {@code sources} (null: a sourced file is not read, and may have set anything).
     */
    public static ScriptEvaluation evaluateScript(SyntaxTree tree, ShellState initial, SourceReader sources) {
        ScriptRun run = new ScriptRun(sources);
        Scope scope = new Scope(Variables.from(initial), initial.workingDirectory());
        scope.host = new HostCommands(initial.host());
        scope.repository = initial.repository();
        scope.scriptPath = initial.scriptPath();
        scope.sourcePath = initial.scriptPath();
        try {
            new StatementEvaluator(run, tree, null).evaluate(tree.root(), scope, 0);
        } catch (RuntimeException | StackOverflowError e) {
            // a last resort for input no limit foresaw: keep the commands found before it
            run.stop("cgoguard could not follow the script (" + e.getClass().getSimpleName() + ")", null);
        }
        return new ScriptEvaluation(run.commands, run.stoppedBecause, run.stoppedAt, run.sourced);
    }

    /** Evaluates a snippet with nothing known about the environment, at the workspace root. */
    public static List<SimpleCommand> evaluate(String script) {
        return evaluate(new SourceText(script), ShellState.empty());
    }
}
