package dev.cgoguard.make;

import dev.cgoguard.shell.ShellValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One command of one target in one alternative, before alternatives are merged. {@code lines}: for
 * a {@code .ONESHELL} recipe, where each recipe line starts in the command (see {@link ScriptLine}).
 */
record ExpandedCommand(String target, String command, RecipeLine line, Map<String, ShellValue> environment,
        List<ScriptLine> lines) {
    ExpandedCommand(String target, String command, RecipeLine line, Map<String, ShellValue> environment) {
        this(target, command, line, environment, List.of());
    }

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ExpandedCommand that
                && Objects.equals(target, that.target)
                && Objects.equals(command, that.command)
                && Objects.equals(line, that.line)
                && Objects.equals(environment, that.environment)
                && Objects.equals(lines, that.lines);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(target);
        hash = 31 * hash + Objects.hashCode(command);
        hash = 31 * hash + Objects.hashCode(line);
        hash = 31 * hash + Objects.hashCode(environment);
        hash = 31 * hash + Objects.hashCode(lines);
        return hash;
    }
}
