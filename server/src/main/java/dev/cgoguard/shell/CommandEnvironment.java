package dev.cgoguard.shell;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The environment one command runs with: the shell's exported variables, changed by prefix
 * assignments and {@code env} arguments ({@code NAME=value}, {@code -u NAME}, {@code -i}).
 */
final class CommandEnvironment {
    private final Map<String, ShellValue> visible;
    /** Names set (value) or removed (null) on top of the shell's variables, in order. */
    private final Map<String, ShellValue> overrides = new LinkedHashMap<>();
    private boolean cleared;
    String workingDirectory;

    CommandEnvironment(Scope scope) {
        this.visible = new TreeMap<>(scope.variables.exportedEnvironment());
        this.workingDirectory = scope.workingDirectory;
    }

    void set(String name, ShellValue value) {
        visible.put(name, value);
        overrides.put(name, value);
    }

    void remove(String name) {
        visible.remove(name);
        overrides.put(name, null);
    }

    void clear() {
        visible.clear();
        overrides.clear();
        cleared = true;
    }

    /** True after {@code env -i}: the command sees exactly what was set after it. */
    boolean cleared() {
        return cleared;
    }

    Map<String, ShellValue> visible() {
        return Collections.unmodifiableMap(new TreeMap<>(visible));
    }

    /** The variables a shell started with this environment sees. */
    Variables forChildProcess(Scope parent) {
        Variables child = cleared ? Variables.closed() : parent.variables.forChildProcess();
        overrides.forEach((name, value) -> {
            if (value == null) {
                child.unset(name);
            } else {
                child.assign(name, value, true);
            }
        });
        return child;
    }
}
