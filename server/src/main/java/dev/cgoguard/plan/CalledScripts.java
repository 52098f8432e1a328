package dev.cgoguard.plan;

import dev.cgoguard.condition.Condition;
import dev.cgoguard.gocmd.GoCommandParser;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.host.Host;
import dev.cgoguard.shell.ScriptEvaluation;
import dev.cgoguard.shell.ShellCache;
import dev.cgoguard.shell.ShellState;
import dev.cgoguard.shell.ShellWord;
import dev.cgoguard.shell.SimpleCommand;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The workspace scripts a build file runs ({@code ./build.sh}, {@code bash scripts/release.sh},
 * {@code env REMOTETAGS=remote hack/validate.sh} in a Makefile recipe, a CI step), read with the
 * environment and working directory the caller gives them: a variable the caller sets is known in
 * the script, where the script read on its own would have it from outside. Scripts they run in
 * turn are read the same way, up to {@value #MAX_DEPTH} deep. A script is a workspace file of the
 * kind that reads shell scripts (the one that also takes extensionless files with a shell shebang).
 * Each file kind whose commands run in a shell uses it for the scripts those commands run.
 */
public final class CalledScripts {
    static final int MAX_DEPTH = 3;

    /** A go command of a called script: where it stands in the script, and the conditions inside the script. */
    public record GoCommand(SimpleCommand command, GoInvocation invocation, SourceLocation location, List<Condition> conditions,
            String script) {
    }

    private final Workspace workspace;
    private final ShellCache shell;
    private final Host host;

    public CalledScripts(Workspace workspace, ShellCache shell, Host host) {
        this.workspace = workspace;
        this.shell = shell;
        this.host = host;
    }

    /** The workspace script a command runs (its working directory relative to the workspace), or empty. */
    public Optional<WorkspaceFile> scriptOf(SimpleCommand command) {
        List<ShellWord> argv = command.argv();
        if (argv.isEmpty() || command.workingDirectory() == null || command.workingDirectory().startsWith("/")) {
            return Optional.empty();
        }
        String program = argv.get(0).text();
        if (isShell(program) && argv.size() > 1 && !argv.get(1).text().startsWith("-")) {
            program = argv.get(1).text();
        } else if (!program.contains("/")) {
            return Optional.empty();
        }
        if (!argv.get(0).known() || program.startsWith("/")) {
            return Optional.empty();
        }
        String path = WorkspacePaths.join(command.workingDirectory(), program);
        return path == null || path.startsWith("..") ? Optional.empty()
                : workspace.file(path).filter(f -> f.kind().shellShebang());
    }

    /**
     * The go commands a caller's command runs through a workspace script, as sites placed in the
     * script, each under the caller's conditions and the script's own; empty when the command runs no
     * script of the workspace. The script's path is added to {@code filesRead}.
     *
     * @param runBy the caller, in a few words ({@code "Taskfile.yml task build"})
     */
    public List<GoCommandSite> sites(SimpleCommand command, String runBy, Platform platform, BuildEnvironment build,
            Set<String> filesRead) {
        Optional<WorkspaceFile> script = scriptOf(command);
        if (script.isEmpty()) {
            return List.of();
        }
        filesRead.add(script.get().path());
        List<GoCommandSite> sites = new ArrayList<>();
        for (GoCommand go : goCommands(command, script.get())) {
            List<Condition> conditions = new ArrayList<>(command.conditions());
            conditions.addAll(go.conditions());
            PlanOrigin origin = new PlanOrigin(PlanOrigin.Kind.SCRIPT, go.script() + " run by " + runBy, go.location());
            sites.add(CommandSites.of(origin, go.command(), go.invocation(), conditions, go.command().workingDirectory(),
                    platform, build, null));
        }
        return sites;
    }

    /** The go commands the script runs when the caller's command runs it (and those of the scripts it runs). */
    public List<GoCommand> goCommands(SimpleCommand caller, WorkspaceFile script) {
        List<GoCommand> found = new ArrayList<>();
        Set<String> visiting = new HashSet<>();
        collect(caller, script, List.of(), 1, visiting, found);
        return found;
    }

    private void collect(SimpleCommand caller, WorkspaceFile script, List<Condition> outer, int depth, Set<String> visiting,
            List<GoCommand> found) {
        if (!visiting.add(script.path())) {
            return;
        }
        ShellState state = ShellState.of(caller.env(), caller.workingDirectory(), host)
                .withRepository(RepositoryNames.forScript(workspace, script.content())).withScript(script.path());
        ScriptEvaluation evaluation = shell.evaluate(script.content(), state);
        for (SimpleCommand command : evaluation.commands()) {
            List<Condition> conditions = new ArrayList<>(outer);
            conditions.addAll(command.conditions());
            Optional<GoInvocation> invocation = GoCommandParser.parse(command);
            if (invocation.isPresent()) {
                found.add(new GoCommand(command, invocation.get(), new SourceLocation(script.path(), command.range()),
                        List.copyOf(conditions), script.path()));
            } else if (depth < MAX_DEPTH) {
                Optional<WorkspaceFile> next = scriptOf(command);
                if (next.isPresent()) {
                    collect(command, next.get(), conditions, depth + 1, visiting, found);
                }
            }
        }
        visiting.remove(script.path());
    }

    private static boolean isShell(String program) {
        return SHELLS.contains(program.substring(program.lastIndexOf('/') + 1));
    }

    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "ksh", "zsh");
}
