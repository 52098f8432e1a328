package dev.cgoguard.plan;

import dev.cgoguard.shell.ScriptEvaluation;
import dev.cgoguard.workspace.SourceLocation;

/** The evaluation problem of a script that was not read to its end. */
public final class ShellStops {
    private ShellStops() {
    }

    /** {@code where}: the place it stopped, mapped to the file; {@code what}: "script", "RUN instruction", "run step", "recipe line". */
    public static EvaluationProblem problem(ScriptEvaluation evaluation, SourceLocation where, String what) {
        return new EvaluationProblem("shell", where, "cgoguard stopped reading this " + what + " here: "
                + evaluation.stoppedBecause(), "the go commands after this point are not checked");
    }
}
