package dev.cgoguard.shell;

import dev.cgoguard.condition.Condition;
import dev.cgoguard.host.Host;
import dev.cgoguard.host.HostCommands;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The mutable state of one shell while a script is evaluated: variables, working directory,
 * directory stack, functions, {@code set -a}, positional parameters and the conditions under which
 * the current statement runs. A subshell works on a {@link #copy()}.
 */
final class Scope {
    Variables variables;
    String workingDirectory;
    String previousDirectory;
    Deque<String> directoryStack = new ArrayDeque<>();
    Map<String, ShellFunction> functions = new HashMap<>();
    boolean allExport;
    /** True once something not followed (source, eval of unknown text) may have exported more variables. */
    boolean environmentOpen;
    /** The positional parameters, or null when they are unknown (a script's own arguments). */
    List<ShellValue> positional;
    List<Condition> conditions = new ArrayList<>();
    /** Answers the command substitutions that ask about the host. */
    HostCommands host = new HostCommands(Host.DEFAULT);
    /** The container the commands run in ({@code docker run IMAGE sh -c …}), or null on the script's own host. */
    ContainerRun container;
    /** The names of the workspace's own repository, and the clones of it the script made so far. */
    SelfRepository repository = SelfRepository.NONE;
    List<WorkspaceClone> clones = new ArrayList<>();
    /** How many times the working directory changed: an unknown directory is the same one only while this stays. */
    int directoryChanges;
    /** While the working directory lies in a clone of the workspace's repository: the condition that it is the workspace. */
    Condition inClone;
    /** The workspace path of the script run ({@code $0}) and of the file being read ({@code ${BASH_SOURCE[0]}}); null when not a file. */
    String scriptPath;
    String sourcePath;

    Scope(Variables variables, String workingDirectory) {
        this.variables = variables;
        this.workingDirectory = workingDirectory;
    }

    Scope copy() {
        Scope copy = new Scope(variables.copy(), workingDirectory);
        copy.previousDirectory = previousDirectory;
        copy.directoryStack = new ArrayDeque<>(directoryStack);
        copy.functions = new HashMap<>(functions);
        copy.allExport = allExport;
        copy.environmentOpen = environmentOpen;
        copy.positional = positional;
        copy.conditions = new ArrayList<>(conditions);
        copy.host = host;
        copy.container = container;
        copy.repository = repository;
        copy.clones = new ArrayList<>(clones);
        copy.directoryChanges = directoryChanges;
        copy.inClone = inClone;
        copy.scriptPath = scriptPath;
        copy.sourcePath = sourcePath;
        return copy;
    }

    /** A new shell process started from this one ({@code sh -c}): it sees only exported variables. */
    Scope childProcess(List<ShellValue> arguments) {
        Scope child = new Scope(variables.forChildProcess(), workingDirectory);
        child.positional = arguments;
        child.environmentOpen = environmentOpen;
        child.conditions = new ArrayList<>(conditions);
        child.host = host;
        child.container = container;
        child.repository = repository;
        child.clones = new ArrayList<>(clones);
        child.directoryChanges = directoryChanges;
        child.inClone = inClone;
        return child;
    }

    /** The conditions a command run now stands under: those of the statement, and that of the clone it runs in. */
    List<Condition> commandConditions() {
        if (inClone == null) {
            return List.copyOf(conditions);
        }
        List<Condition> all = new ArrayList<>(conditions);
        all.add(inClone);
        return List.copyOf(all);
    }

    Scope withCondition(Condition condition) {
        Scope copy = copy();
        copy.conditions.add(condition);
        return copy;
    }

    /** Takes over what a path that may or may not have run left behind, as an alternative to this state. */
    void mergeAlternative(Scope other, String why) {
        variables.mergeAlternative(other.variables, why);
        if (!Objects.equals(workingDirectory, other.workingDirectory) || !Objects.equals(inClone, other.inClone)) {
            workingDirectory = null;
            inClone = null;
        }
        if (directoryChanges != other.directoryChanges) {
            directoryChanges = Math.max(directoryChanges, other.directoryChanges) + 1;
        }
        other.clones.stream().filter(clone -> !clones.contains(clone)).forEach(clones::add);
        if (!Objects.equals(previousDirectory, other.previousDirectory)) {
            previousDirectory = null;
        }
        other.functions.forEach(functions::putIfAbsent);
        allExport = allExport || other.allExport;
        environmentOpen = environmentOpen || other.environmentOpen;
    }

    /** Replaces this state by one that certainly ran after it (a { } group, a function body). */
    void adopt(Scope after) {
        variables = after.variables;
        workingDirectory = after.workingDirectory;
        previousDirectory = after.previousDirectory;
        clones = after.clones;
        directoryChanges = after.directoryChanges;
        inClone = after.inClone;
        directoryStack = after.directoryStack;
        functions = after.functions;
        allExport = after.allExport;
        environmentOpen = after.environmentOpen;
    }
}
