package dev.cgoguard.shell;

import dev.cgoguard.host.Host;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a script starts with: its variables (for example what make exports or a Dockerfile's
 * {@code ENV}), which of them are exported, and the working directory relative to the workspace
 * root ({@code ""} is the root, an absolute path such as {@code /src} stays absolute, null is
 * unknown). Variables not named here come from outside and are unknown. {@code host} answers the
 * command substitutions that ask about the machine ({@code $(uname -m)}, {@code $(go env GOARCH)}).
 * {@code repository} names the workspace's own repository, so that a {@code git clone} of it is
 * read as this workspace at some revision. {@code scriptPath} is the workspace path of the script
 * evaluated (null when the text is no file of the workspace, such as a recipe line), so that
 * {@code $(cd "$(dirname "$0")" && pwd)} names its folder.
 */
public record ShellState(Map<String, ShellValue> variables, Set<String> exported, String workingDirectory, Host host,
        SelfRepository repository, String scriptPath) {
    public ShellState {
        variables = Map.copyOf(variables);
        exported = Set.copyOf(exported);
        host = host == null ? Host.DEFAULT : host;
        repository = repository == null ? SelfRepository.NONE : repository;
    }

    public ShellState(Map<String, ShellValue> variables, Set<String> exported, String workingDirectory, Host host) {
        this(variables, exported, workingDirectory, host, SelfRepository.NONE, null);
    }

    public ShellState(Map<String, ShellValue> variables, Set<String> exported, String workingDirectory) {
        this(variables, exported, workingDirectory, Host.DEFAULT);
    }

    /** A state whose variables all count as exported, as an environment handed to a shell. */
    public static ShellState of(Map<String, ShellValue> env, String cwd) {
        return new ShellState(env, env.keySet(), cwd);
    }

    /** As {@link #of(Map, String)}, on the given host. */
    public static ShellState of(Map<String, ShellValue> env, String cwd, Host host) {
        return new ShellState(env, env.keySet(), cwd, host);
    }

    /** This state, in a workspace that is a checkout of {@code repository}. */
    public ShellState withRepository(SelfRepository repository) {
        return new ShellState(variables, exported, workingDirectory, host, repository, scriptPath);
    }

    /** This state, for the workspace script at {@code path}. */
    public ShellState withScript(String path) {
        return new ShellState(variables, exported, workingDirectory, host, repository, path);
    }

    /** The workspace root with no variables known. */
    public static ShellState empty() {
        return of(Map.of(), "");
    }

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ShellState that
                && Objects.equals(variables, that.variables)
                && Objects.equals(exported, that.exported)
                && Objects.equals(workingDirectory, that.workingDirectory)
                && Objects.equals(host, that.host)
                && Objects.equals(repository, that.repository)
                && Objects.equals(scriptPath, that.scriptPath);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(variables);
        hash = 31 * hash + Objects.hashCode(exported);
        hash = 31 * hash + Objects.hashCode(workingDirectory);
        hash = 31 * hash + Objects.hashCode(host);
        hash = 31 * hash + Objects.hashCode(repository);
        hash = 31 * hash + Objects.hashCode(scriptPath);
        return hash;
    }
}
