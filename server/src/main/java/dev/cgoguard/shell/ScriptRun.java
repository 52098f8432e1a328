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

    static final int MAX_SOURCED_FILES = ScanLimits.SHELL_SOURCED_FILES;
    static final int MAX_FILE_READS = ScanLimits.SHELL_FILE_READS;
    static final int MAX_SOURCE_CANDIDATES = ScanLimits.SHELL_SOURCE_CANDIDATES;
    private final java.util.Map<String, dev.cgoguard.parse.SyntaxTree> trees = new java.util.HashMap<>();
    private int reads;

    final List<SimpleCommand> commands = new ArrayList<>();
    int callDepth;
    /** Reads sourced files; null when sourcing is not followed (the file is then unknown). */
    final SourceReader sources;
    /** The workspace files sourced so far. */
    final java.util.Set<String> sourced = new java.util.LinkedHashSet<>();
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
     * when it is not in the workspace, or the limits on files, reads and call depth are reached, or
     * its parse is given up (then the evaluation notes, at {@code at}, that it stopped following files).
     */
    dev.cgoguard.parse.SyntaxTree readScript(String path, TextRange at) {
        if (sources == null) {
            return null;
        }
        if (callDepth >= MAX_CALL_DEPTH) {
            stop("functions, eval, nested shells and sourced files call each other more than " + MAX_CALL_DEPTH
                    + " levels deep", at);
            return null;
        }
        if (++reads > MAX_FILE_READS || !trees.containsKey(path) && trees.size() >= MAX_SOURCED_FILES) {
            stop("the script sources or runs more than " + (reads > MAX_FILE_READS ? MAX_FILE_READS + " files in all"
                    : MAX_SOURCED_FILES + " different files"), at);
            return null;
        }
        if (!trees.containsKey(path)) {
            dev.cgoguard.parse.SyntaxTree parsed;
            try {
                parsed = sources.read(path).map(text -> dev.cgoguard.parse.Parsers.parse(dev.cgoguard.grammars.Grammar.BASH, text))
                        .orElse(null);
            } catch (dev.cgoguard.parse.ParseCancelledException e) {
                stop("cgoguard stopped parsing " + path + ": " + e.getMessage(), at);
                parsed = null;
            }
            trees.put(path, parsed);
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
