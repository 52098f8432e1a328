package dev.cgoguard.plan;

import dev.cgoguard.cache.GenerationalCache;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.host.Host;
import dev.cgoguard.shell.ShellCache;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.shell.SimpleCommand;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What planning keeps between runs for an editor: the shell evaluations of scripts, and the go
 * commands of Makefile recipe lines as far as they do not depend on where the line stands. An edit
 * of one line leaves every other line's commands as they were. Safe to share between threads.
 */
public final class PlanningCache {
    private static final int GENERATION_SIZE = 4096;

    /** A recipe line as make hands it to the shell: its text, environment and working directory. */
    public record RecipeKey(String command, Map<String, ShellValue> environment, String workingDirectory, Host host) {
    }

    /** A go command a recipe line runs: the evaluated command and its parsed invocation. */
    public record RecipeGoCommand(SimpleCommand command, GoInvocation invocation) {
    }

    /**
     * The go commands of a recipe line, the commands that may run a script of the workspace (a
     * path, or a shell with a file), and why the shell evaluation stopped before its end (null when
     * it did not).
     */
    public record RecipeCommands(List<RecipeGoCommand> commands, List<SimpleCommand> scriptCalls, String stoppedBecause) {
    }

    private final ShellCache shell = new ShellCache();
    private final GenerationalCache<RecipeKey, RecipeCommands> recipes = new GenerationalCache<>(GENERATION_SIZE);

    public ShellCache shell() {
        return shell;
    }

    /** The go commands of a recipe line, evaluated once for each text, environment and directory. */
    public RecipeCommands recipe(RecipeKey key, Supplier<RecipeCommands> evaluation) {
        return recipes.get(key, k -> evaluation.get());
    }
}
