package dev.cgoguard.shell;

import dev.cgoguard.workspace.TextRange;
import java.util.List;

/**
 * What the evaluation of one script found: the simple commands it would run, and, when it stopped
 * before the end (a limit reached, or input it could not handle), why and where (the range in the
 * script's own text: inside an {@code eval}, a nested shell or a sourced file, the command that runs
 * it; null when no place is known), and the workspace files it sourced.
 */
public record ScriptEvaluation(List<SimpleCommand> commands, String stoppedBecause, TextRange stoppedAt,
        java.util.Set<String> sourcedFiles) {
    public ScriptEvaluation {
        commands = List.copyOf(commands);
        sourcedFiles = java.util.Set.copyOf(sourcedFiles);
    }

    public ScriptEvaluation(List<SimpleCommand> commands, String stoppedBecause, TextRange stoppedAt) {
        this(commands, stoppedBecause, stoppedAt, java.util.Set.of());
    }

    /** True when the whole script was read. */
    public boolean complete() {
        return stoppedBecause == null;
    }
}
