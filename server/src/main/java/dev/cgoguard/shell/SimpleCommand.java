package dev.cgoguard.shell;

import dev.cgoguard.condition.Condition;
import dev.cgoguard.workspace.TextRange;
import java.util.List;
import java.util.Map;

/**
 * A simple command as the shell would run it: its words ({@code argv}, with {@code env}-style
 * wrappers and prefix assignments already taken off), the environment it sees (exported variables
 * plus its own prefix assignments), its working directory relative to the workspace root (null when
 * unknown), where it stands in the evaluated text (for a command run by {@code eval}, {@code sh -c}
 * or a here-document fed to a shell: where that command stands), and the conditions under which it runs
 * (for example {@code inside a for loop over a b}, {@code when [ "$STATIC" = 1 ] holds}).
 *
 * <p>{@code environmentComplete} is false when something the evaluation could not follow before
 * this command ({@code source}/{@code .} of a file, {@code eval} of an unknown string, {@code export}
 * of an unknown word) may have exported variables that {@code env} does not list.
 *
 * <p>{@code container} is the image the command runs in when the script starts it with
 * {@code docker run}; null for a command the script runs itself.
 */
public record SimpleCommand(List<ShellWord> argv, Map<String, ShellValue> env, String workingDirectory,
        TextRange range, List<Condition> conditions, boolean environmentComplete, ContainerRun container) {

    /** A command the script runs itself. */
    public SimpleCommand(List<ShellWord> argv, Map<String, ShellValue> env, String workingDirectory,
            TextRange range, List<Condition> conditions, boolean environmentComplete) {
        this(argv, env, workingDirectory, range, conditions, environmentComplete, null);
    }

    /** A command whose environment is known to be complete. */
    public SimpleCommand(List<ShellWord> argv, Map<String, ShellValue> env, String workingDirectory,
            TextRange range, List<Condition> conditions) {
        this(argv, env, workingDirectory, range, conditions, true, null);
    }

    public String name() {
        return argv.isEmpty() ? "" : argv.get(0).text();
    }
}
