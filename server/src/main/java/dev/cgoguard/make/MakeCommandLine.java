package dev.cgoguard.make;

import dev.cgoguard.condition.When;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.workspace.TextRange;
import java.util.List;
import java.util.Map;

/**
 * One recipe line as make would hand it to the shell: fully expanded, with the {@code @ - +}
 * prefixes and line continuations handled. {@code makefile} is the workspace-relative path of the
 * file the line is written in (an included file, say), {@code range} the line's range there.
 * {@code environment} holds the variables make exports to the recipe's shell (exported Make
 * variables, and the command-line variables). {@code conditions} say when the line runs (for
 * example {@code when STATIC=1}): {@link When#ALWAYS} when it runs in every case.
 * {@code workingDirectory} is the directory make runs in, relative to the workspace root.
 *
 * <p>Parts of {@code command} that cannot be known from the files ({@code $(shell git describe)},
 * a variable that only the environment can set, the stem of an uninstantiated pattern rule) are
 * kept visibly unknown: each is written as {@code U+E000 source U+E001}, the source saying where
 * the value comes from (see {@link MakeUnknown}). An exported variable whose value has such a part
 * is an unknown {@link ShellValue} in {@code environment}.
 *
 * <p>Under {@code .ONESHELL} the command is the target's whole recipe, one script: {@code range}
 * spans its recipe lines and {@code lines} says where each of them starts in the script (empty
 * otherwise).
 */
public record MakeCommandLine(String makefile, String target, String command, TextRange range,
        Map<String, ShellValue> environment, String workingDirectory, When conditions, List<ScriptLine> lines) {
    public MakeCommandLine {
        lines = List.copyOf(lines);
    }

    /** A command of one recipe line. */
    public MakeCommandLine(String makefile, String target, String command, TextRange range,
            Map<String, ShellValue> environment, String workingDirectory, When conditions) {
        this(makefile, target, command, range, environment, workingDirectory, conditions, List.of());
    }

    /** The range of the recipe line that holds {@code offset} of the command (the whole range for one line). */
    public TextRange rangeAt(int offset) {
        TextRange found = range;
        for (ScriptLine line : lines) {
            if (line.offset() <= offset) {
                found = line.range();
            }
        }
        return found;
    }
}
