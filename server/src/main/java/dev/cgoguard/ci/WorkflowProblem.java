package dev.cgoguard.ci;

import dev.cgoguard.workspace.TextRange;

/** Something in a workflow file that could not be read, and where (0-based lines, as in {@link TextRange}). */
public record WorkflowProblem(String message, TextRange range) {
    /** The 0-based line of the problem. */
    public int line() {
        return range.start().line();
    }
}
