package dev.cgoguard.plan;

import dev.cgoguard.condition.When;
import dev.cgoguard.gocmd.GoCommandParser;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.grammars.Grammar;
import dev.cgoguard.host.Host;
import dev.cgoguard.parse.SyntaxTree;
import dev.cgoguard.parse.TreeCache;
import dev.cgoguard.shell.ScriptEvaluation;
import dev.cgoguard.shell.ShellEvaluator;
import dev.cgoguard.shell.ShellState;
import dev.cgoguard.shell.SimpleCommand;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.shell.ShellCache;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The go commands of a shell script, read from the script's tree, parsed once per version. Scripts are taken to run from the workspace root, as CI
 * and Makefiles usually call them, unless the script changes directory itself.
 */
final class ScriptCommands {
    private ScriptCommands() {
    }

    static SourceCommands find(Workspace workspace, WorkspaceFile script, TreeCache trees, ShellCache shell, Host host) {
        List<GoCommandSite> sites = new ArrayList<>();
        java.util.Set<String> scriptsRead = new java.util.TreeSet<>();
        SyntaxTree tree = trees.tree(script, Grammar.BASH);
        ScriptEvaluation evaluation = ShellEvaluator.evaluateScript(tree, ShellState.of(Map.of(), "", host));
        CalledScripts scripts = new CalledScripts(workspace, shell, host);
        for (SimpleCommand command : evaluation.commands()) {
            GoInvocation invocation = GoCommandParser.parse(command).orElse(null);
            if (invocation == null) {
                scripts.scriptOf(command).filter(called -> !called.path().equals(script.path())).ifPresent(called -> {
                    scriptsRead.add(called.path());
                    for (CalledScripts.GoCommand go : scripts.goCommands(command, called)) {
                        List<dev.cgoguard.condition.Condition> conditions = new ArrayList<>(command.conditions());
                        conditions.addAll(go.conditions());
                        PlanOrigin origin = new PlanOrigin(PlanOrigin.Kind.SCRIPT, go.script() + " run by " + script.path(),
                                go.location());
                        sites.add(new GoCommandSite(new PlanFactory.Setting(origin, When.all(conditions),
                                go.command().workingDirectory(), Platform.modelled(host), null, null), go.invocation()));
                    }
                });
                continue;
            }
            PlanOrigin origin = new PlanOrigin(PlanOrigin.Kind.SCRIPT, script.path(),
                    new SourceLocation(script.path(), command.range()));
            sites.add(new GoCommandSite(new PlanFactory.Setting(origin, When.all(command.conditions()),
                    command.workingDirectory(), Platform.modelled(host), null, null), invocation));
        }
        List<EvaluationProblem> incomplete = evaluation.complete() ? List.of() : List.of(ShellStops.problem(evaluation,
                new SourceLocation(script.path(), evaluation.stoppedAt() != null ? evaluation.stoppedAt() : TextRange.of(0, 0, 0, 0)),
                "script"));
        return new SourceCommands(sites, incomplete, scriptsRead);
    }
}
