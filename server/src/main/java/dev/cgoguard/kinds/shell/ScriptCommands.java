package dev.cgoguard.kinds.shell;

import dev.cgoguard.condition.Condition;
import dev.cgoguard.gocmd.GoCommandParser;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.grammars.Grammar;
import dev.cgoguard.host.Host;
import dev.cgoguard.parse.ParseCancelledException;
import dev.cgoguard.parse.SyntaxTree;
import dev.cgoguard.plan.CalledScripts;
import dev.cgoguard.plan.CommandSites;
import dev.cgoguard.plan.EvaluationProblem;
import dev.cgoguard.plan.GoCommandSite;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.plan.PlanningContext;
import dev.cgoguard.plan.RepositoryNames;
import dev.cgoguard.plan.WorkspaceSources;
import dev.cgoguard.plan.Platform;
import dev.cgoguard.plan.ShellStops;
import dev.cgoguard.plan.SourceCommands;
import dev.cgoguard.plan.WorkspaceReads;
import dev.cgoguard.shell.ScriptEvaluation;
import dev.cgoguard.shell.ShellEvaluator;
import dev.cgoguard.shell.ShellState;
import dev.cgoguard.shell.SimpleCommand;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The go commands of a shell script, read from the script's tree, parsed once per version. Scripts
 * are taken to run from the workspace root, as CI and Makefiles usually call them, unless the script
 * changes directory itself. A file the script sources ({@code . ./scripts/.variables}) is read in
 * the same shell when it is in the workspace; its commands stand on the {@code .} line. A workspace
 * script it runs ({@code ./hack/build.sh}, {@code env TAGS=x bash build.sh}) is read with the
 * environment and folder this script gives it.
 */
final class ScriptCommands {
    private ScriptCommands() {
    }

    static SourceCommands find(PlanningContext context, WorkspaceFile script) {
        Host host = context.inputs().host();
        List<GoCommandSite> sites = new ArrayList<>();
        Set<String> filesRead = new LinkedHashSet<>();
        SyntaxTree tree;
        try {
            tree = context.trees().tree(script, Grammar.BASH);
        } catch (ParseCancelledException e) {
            TextPosition at = script.text().positionAt(e.charOffset());
            return new SourceCommands(List.of(), List.of(new EvaluationProblem("parse-limit",
                    new SourceLocation(script.path(), new TextRange(at, at)), "cgoguard stopped parsing this script here: "
                            + e.getMessage(), "none of its go commands are checked")));
        }
        ScriptEvaluation evaluation = ShellEvaluator.evaluateScript(tree, ShellState.of(Map.of(), "", host)
                        .withRepository(RepositoryNames.forScript(context.workspace(), script.text().text())).withScript(script.path()),
                new WorkspaceSources(context.workspace()));
        filesRead.addAll(evaluation.sourcedFiles());
        CalledScripts scripts = new CalledScripts(context.workspace(), context.cache().shell(), host);
        for (SimpleCommand command : evaluation.commands()) {
            GoInvocation invocation = GoCommandParser.parse(command).orElse(null);
            if (invocation == null) {
                scripts.scriptOf(command).filter(called -> !called.path().equals(script.path())).ifPresent(called -> {
                    filesRead.add(called.path());
                    for (CalledScripts.GoCommand go : scripts.goCommands(command, called)) {
                        List<Condition> conditions = new ArrayList<>(command.conditions());
                        conditions.addAll(go.conditions());
                        PlanOrigin origin = new PlanOrigin(PlanOrigin.Kind.SCRIPT, go.script() + " run by " + script.path(),
                                go.location());
                        sites.add(CommandSites.of(origin, go.command(), go.invocation(), conditions,
                                go.command().workingDirectory(), Platform.modelled(host), null, null));
                    }
                });
                continue;
            }
            TextRange range = command.range() != null ? command.range() : TextRange.of(0, 0, 0, 0);
            PlanOrigin origin = new PlanOrigin(PlanOrigin.Kind.SCRIPT, script.path(), new SourceLocation(script.path(), range));
            sites.add(CommandSites.of(origin, command, invocation, command.conditions(), command.workingDirectory(),
                    Platform.modelled(host), null, null));
        }
        List<EvaluationProblem> incomplete = evaluation.complete() ? List.of() : List.of(ShellStops.problem(evaluation,
                new SourceLocation(script.path(), evaluation.stoppedAt() != null ? evaluation.stoppedAt() : TextRange.of(0, 0, 0, 0)),
                "script"));
        return new SourceCommands(sites, incomplete, List.of(), filesRead);
    }
}
