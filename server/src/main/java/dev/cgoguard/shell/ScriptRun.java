package dev.cgoguard.shell;

import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.List;

/** The commands found so far in one evaluation and the limits that keep it bounded. */
final class ScriptRun {
    static final int MAX_NODE_DEPTH = 200;
    static final int MAX_CALL_DEPTH = 8;
    private static final int MAX_STEPS = 500_000;
    private static final int MAX_COMMANDS = 20_000;

    static final int MAX_SOURCED_FILES = 32;
    /** How many times in all one evaluation reads sourced or run files (a file read in a loop counts each time). */
    static final int MAX_FILE_READS = 64;
    private final java.util.Map<String, dev.cgoguard.parse.SyntaxTree> trees = new java.util.HashMap<>();
    private int reads;

    final List<SimpleCommand> commands = new ArrayList<>();
    int callDepth;
    /** Reads sourced files; null when sourcing is not followed (the file is then unknown). */
    final SourceReader sources;
    /** The workspace files sourced so far. */
    final java.util.Set<String> sourced = new java.util.LinkedHashSet<>();
    /** While a sourced file is read: the range of the {@code .} command, where its commands are placed. */
    TextRange sourcedAt;
    private int steps;
    /** Why the evaluation stopped early, and where; null while it goes on. */
    String stoppedBecause;
    TextRange stoppedAt;

    ScriptRun() {
        this(null);
    }

    ScriptRun(SourceReader sources) {
        this.sources = sources;
    }

    /**
     * The parsed tree of a workspace file a script sources or runs, parsed once per evaluation; null
     * when it is not in the workspace, or the limits on files and reads are reached (then the
     * evaluation notes it stopped following files).
     */
    dev.cgoguard.parse.SyntaxTree readScript(String path) {
        if (sources == null || callDepth >= MAX_CALL_DEPTH) {
            return null;
        }
        if (++reads > MAX_FILE_READS || !trees.containsKey(path) && trees.size() >= MAX_SOURCED_FILES) {
            return null;
        }
        if (!trees.containsKey(path)) {
            trees.put(path, sources.read(path).map(text -> dev.cgoguard.parse.Parsers.parse(dev.cgoguard.grammars.Grammar.BASH, text))
                    .orElse(null));
        }
        dev.cgoguard.parse.SyntaxTree tree = trees.get(path);
        if (tree != null) {
            sourced.add(path);
        }
        return tree;
    }

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
