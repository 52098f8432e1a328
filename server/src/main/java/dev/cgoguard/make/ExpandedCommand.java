package dev.cgoguard.make;

import dev.cgoguard.shell.ShellValue;
import java.util.List;
import java.util.Map;

/**
 * One command of one target in one alternative, before alternatives are merged. {@code lines}: for
 * a {@code .ONESHELL} recipe, where each recipe line starts in the command (see {@link ScriptLine}).
 */
record ExpandedCommand(String target, String command, RecipeLine line, Map<String, ShellValue> environment,
        List<ScriptLine> lines) {
    ExpandedCommand(String target, String command, RecipeLine line, Map<String, ShellValue> environment) {
        this(target, command, line, environment, List.of());
    }
}
