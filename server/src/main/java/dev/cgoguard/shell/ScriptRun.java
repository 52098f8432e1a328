package dev.cgoguard.shell;

import dev.cgoguard.workspace.ScanLimits;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.List;

/** The commands found so far in one evaluation and the limits that keep it bounded. */
final class ScriptRun {
    static final int MAX_NODE_DEPTH = ScanLimits.SHELL_NESTING;
    static final int MAX_CALL_DEPTH = ScanLimits.SHELL_CALL_DEPTH;
    private static final int MAX_STEPS = ScanLimits.SHELL_STEPS;
    private static final int MAX_COMMANDS = ScanLimits.SHELL_COMMANDS;

    final List<SimpleCommand> commands = new ArrayList<>();
    int callDepth;
    private int steps;
    /** Why the evaluation stopped early, and where; null while it goes on. */
    String stoppedBecause;
    TextRange stoppedAt;

    /** Counts one unit of work; false once the budget is spent. */
    boolean step() {
        if (++steps <= MAX_STEPS && commands.size() < MAX_COMMANDS) {
            return true;
        }
        stop(commands.size() >= MAX_COMMANDS ? "the script runs more than " + MAX_COMMANDS + " commands"
                : "the script takes more than " + MAX_STEPS + " steps to read", null);
        return false;
    }

    /** Notes the first reason the evaluation stopped early (a range in the script's text, or null). */
    void stop(String because, TextRange at) {
        if (stoppedBecause == null) {
            stoppedBecause = because;
            stoppedAt = at;
        }
    }

    void add(SimpleCommand command) {
        if (commands.size() < MAX_COMMANDS) {
            commands.add(command);
        }
    }
}
