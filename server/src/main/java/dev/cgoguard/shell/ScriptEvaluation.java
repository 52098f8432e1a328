package dev.cgoguard.shell;

import dev.cgoguard.workspace.TextRange;
import java.util.List;

/**
 * What the evaluation of one script found: the simple commands it would run, and, when it stopped
 * before the end (a limit reached, or input it could not handle), why and where (the range in the
 * script's own text: inside an {@code eval} or a nested shell, the command that runs it; null when
 * no place is known).
 */
public record ScriptEvaluation(List<SimpleCommand> commands, String stoppedBecause, TextRange stoppedAt) {
    public ScriptEvaluation {
        commands = List.copyOf(commands);
    }

    /** True when the whole script was read. */
    public boolean complete() {
        return stoppedBecause == null;
    }
}
