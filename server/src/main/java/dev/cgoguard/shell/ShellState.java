package dev.cgoguard.shell;

import java.util.Map;
import java.util.Set;

/**
 * What a script starts with: its variables (for example what make exports or a Dockerfile's
 * {@code ENV}), which of them are exported, and the working directory relative to the workspace
 * root ({@code ""} is the root, an absolute path such as {@code /src} stays absolute, null is
 * unknown). Variables not named here come from outside and are unknown.
 */
public record ShellState(Map<String, ShellValue> variables, Set<String> exported, String workingDirectory) {
    public ShellState {
        variables = Map.copyOf(variables);
        exported = Set.copyOf(exported);
    }

    /** A state whose variables all count as exported, as an environment handed to a shell. */
    public static ShellState of(Map<String, ShellValue> env, String cwd) {
        return new ShellState(env, env.keySet(), cwd);
    }

    /** The workspace root with no variables known. */
    public static ShellState empty() {
        return of(Map.of(), "");
    }
}
