package dev.cgoguard.kinds.make;

import dev.cgoguard.condition.When;
import dev.cgoguard.gocmd.GoCommandParser;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.host.Host;
import dev.cgoguard.make.MakeCommandLine;
import dev.cgoguard.make.MakeEvaluation;
import dev.cgoguard.make.MakeEvaluator;
import dev.cgoguard.make.MakeUnknown;
import dev.cgoguard.plan.CalledScripts;
import dev.cgoguard.plan.CommandSites;
import dev.cgoguard.plan.GoCommandSite;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.plan.PlanningCache;
import dev.cgoguard.plan.Platform;
import dev.cgoguard.plan.EvaluationProblem;
import dev.cgoguard.plan.SourceCommands;
import dev.cgoguard.shell.ContainerRun;
import dev.cgoguard.shell.ScriptEvaluation;
import dev.cgoguard.shell.ShellCache;
import dev.cgoguard.shell.ShellState;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.shell.ShellWord;
import dev.cgoguard.shell.SimpleCommand;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.ScanLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The go commands of a top-level Makefile: its recipe lines, expanded by the Make evaluator, run
 * through the shell evaluation. A finding about such a command sits on its recipe line.
 */
final class MakefileCommands {
    private MakefileCommands() {
    }

    static boolean isTopLevel(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals("Makefile") || name.equals("makefile") || name.equals("GNUmakefile");
    }

    static SourceCommands find(Workspace workspace, String makefile, Map<String, String> variables, Host host, PlanningCache cache) {
        MakeEvaluation evaluation = new MakeEvaluator(workspace, null, host, cache.subMakes()).evaluate(makefile, variables);
        List<GoCommandSite> sites = new ArrayList<>();
        List<EvaluationProblem> incomplete = new ArrayList<>(MakeIncompleteness.of(evaluation.problems()));
        CalledScripts scripts = new CalledScripts(workspace, cache.shell(), host);
        java.util.Set<String> scriptsRead = new java.util.TreeSet<>();
        Map<SourceLocation, Integer> waysAtPlace = new HashMap<>();
        for (MakeCommandLine line : evaluation.commands()) {
            SourceLocation place = new SourceLocation(line.makefile(), line.range());
            int ways = waysAtPlace.merge(place, 1, Integer::sum);
            if (ways > ScanLimits.PLANS_PER_COMMAND) {
                if (ways == ScanLimits.PLANS_PER_COMMAND + 1) {
                    incomplete.add(new EvaluationProblem("plan-limit", place, "this recipe line is expanded more than "
                            + ScanLimits.PLANS_PER_COMMAND + " different ways (targets, conditions or $(eval))",
                            "only the go commands of the first " + ScanLimits.PLANS_PER_COMMAND + " ways are checked"));
                }
                continue;
            }
            PlanningCache.RecipeKey key = new PlanningCache.RecipeKey(line.command(), line.environment(), line.workingDirectory(),
                    host);
            PlanningCache.RecipeCommands recipe = cache.recipe(key, () -> goCommands(key, cache.shell()));
            if (recipe.stoppedBecause() != null) {
                incomplete.add(new EvaluationProblem("shell", new SourceLocation(line.makefile(), line.range()),
                        "cgoguard stopped reading this recipe line: " + recipe.stoppedBecause(),
                        "the go commands after that point are not checked"));
            }
            for (PlanningCache.RecipeGoCommand go : recipe.commands()) {
                SimpleCommand command = go.command();
                GoInvocation invocation = go.invocation();
                When conditions = line.conditions().and(When.all(command.conditions()));
                if (conditions.never()) {
                    continue;
                }
                PlanOrigin origin = new PlanOrigin(PlanOrigin.Kind.MAKEFILE,
                        line.makefile() + " target " + MakeUnknown.display(line.target()), new SourceLocation(line.makefile(), recipeLineOf(line, command)));
                sites.add(CommandSites.of(origin, command, invocation, conditions, command.workingDirectory(),
                        Platform.modelled(host), null, null));
            }
            for (SimpleCommand call : recipe.scriptCalls()) {
                scripts.scriptOf(call).ifPresent(script -> {
                    scriptsRead.add(script.path());
                    for (CalledScripts.GoCommand go : scripts.goCommands(withMakeUnknowns(call), script)) {
                        When conditions = line.conditions().and(When.all(call.conditions())).and(When.all(go.conditions()));
                        if (conditions.never()) {
                            continue;
                        }
                        PlanOrigin origin = new PlanOrigin(PlanOrigin.Kind.SCRIPT, go.script() + " run by " + line.makefile()
                                + " target " + MakeUnknown.display(line.target()), go.location());
                        sites.add(CommandSites.of(origin, go.command(), go.invocation(), conditions,
                                go.command().workingDirectory(), Platform.modelled(host), null, null));
                    }
                });
            }
        }
        java.util.Set<String> filesRead = new java.util.LinkedHashSet<>(evaluation.filesRead());
        filesRead.addAll(scriptsRead);
        return new SourceCommands(sites, incomplete, evaluation.problems(), filesRead);
    }

    /** The recipe line a command stands on: under {@code .ONESHELL} one line of the target's script. */
    private static TextRange recipeLineOf(MakeCommandLine line, SimpleCommand command) {
        if (line.lines().isEmpty() || command.range() == null) {
            return line.range();
        }
        return line.rangeAt(new SourceText(line.command()).offsetAt(command.range().start()));
    }

    /** The go commands a recipe line runs, wherever it stands. */
    private static PlanningCache.RecipeCommands goCommands(PlanningCache.RecipeKey line, ShellCache shell) {
        List<PlanningCache.RecipeGoCommand> found = new ArrayList<>();
        List<SimpleCommand> scriptCalls = new ArrayList<>();
        ShellState state = ShellState.of(line.environment(), line.workingDirectory(), line.host());
        ScriptEvaluation evaluation = shell.evaluate(line.command(), state);
        for (SimpleCommand evaluated : evaluation.commands()) {
            SimpleCommand command = withMakeUnknowns(evaluated);
            java.util.Optional<GoInvocation> invocation = GoCommandParser.parse(command);
            if (invocation.isPresent()) {
                found.add(new PlanningCache.RecipeGoCommand(command, invocation.get()));
            } else if (!evaluated.argv().isEmpty() && (evaluated.name().contains("/") || evaluated.argv().size() > 1)) {
                scriptCalls.add(evaluated);
            }
        }
        return new PlanningCache.RecipeCommands(List.copyOf(found), List.copyOf(scriptCalls), evaluation.stoppedBecause());
    }

    /**
     * Words and values that hold a part make could not know ({@link MakeUnknown}) are unknown to the
     * go command too: a value as a whole, a word in those parts only, so that the known rest of
     * {@code -ldflags '-X main.version=$(VERSION) -linkmode external'} still counts.
     */
    static SimpleCommand withMakeUnknowns(SimpleCommand command) {
        List<ShellWord> argv = new ArrayList<>();
        for (ShellWord word : command.argv()) {
            argv.add(MakeUnknown.contains(word.text()) ? withUnknownParts(word) : word);
        }
        Map<String, ShellValue> env = new LinkedHashMap<>();
        command.env().forEach((name, value) -> env.put(name, shown(value, false)));
        ContainerRun container = command.container();
        if (container != null) {
            container = new ContainerRun(shown(container.image(), true), shown(container.platform(), true));
        }
        return new SimpleCommand(argv, env, command.workingDirectory(), command.range(), command.conditions(),
                command.environmentComplete(), container);
    }

    /**
     * A value with its unknown parts shown as {@code <source>}, as a plan names them. A known text
     * that holds such parts stays known when {@code knownStays} (the image a container runs is named
     * by its text), else it becomes unknown as a whole (a variable's value for the go command).
     */
    private static ShellValue shown(ShellValue value, boolean knownStays) {
        if (value != null && value.known() && MakeUnknown.contains(value.text())) {
            String text = MakeUnknown.display(value.text());
            return knownStays ? ShellValue.known(text) : ShellValue.unknown(text);
        }
        if (value != null && !value.known() && value.source() != null && MakeUnknown.contains(value.source())) {
            return ShellValue.unknown(MakeUnknown.display(value.source()));
        }
        return value;
    }

    /** The word shown with its unknown parts as {@code <source>}, each of them an unknown span. */
    private static ShellWord withUnknownParts(ShellWord word) {
        String text = word.text();
        List<ShellWord.Span> spans = new ArrayList<>(word.unknownSpans());
        for (int start = text.indexOf(MakeUnknown.START); start >= 0; start = text.indexOf(MakeUnknown.START, start + 1)) {
            int end = text.indexOf(MakeUnknown.END, start);
            spans.add(new ShellWord.Span(start, end < 0 ? text.length() : end + 1));
        }
        return new ShellWord(MakeUnknown.render(text), false, word.range(), spans);
    }
}
