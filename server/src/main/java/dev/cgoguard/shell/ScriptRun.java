package dev.cgoguard.shell;

import java.util.ArrayList;
import java.util.List;

/** The commands found so far in one evaluation and the limits that keep it bounded. */
final class ScriptRun {
    static final int MAX_NODE_DEPTH = 200;
    static final int MAX_CALL_DEPTH = 8;
    private static final int MAX_STEPS = 500_000;
    private static final int MAX_COMMANDS = 20_000;

    final List<SimpleCommand> commands = new ArrayList<>();
    int callDepth;
    private int steps;

    /** Counts one unit of work; false once the budget is spent. */
    boolean step() {
        return ++steps <= MAX_STEPS && commands.size() < MAX_COMMANDS;
    }

    void add(SimpleCommand command) {
        if (commands.size() < MAX_COMMANDS) {
            commands.add(command);
        }
    }
}
