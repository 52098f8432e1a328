package dev.cgoguard.shell;

import dev.cgoguard.workspace.SourceText;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The commands of scripts already evaluated, by script text and starting state. An editor plans a
 * Makefile again after each keystroke, and all its recipe lines but the edited one read as before;
 * an evaluation is a function of the text and the state alone, so a kept result is the result.
 *
 * <p>Bounded by generations: once the young generation is full it becomes the old one and the
 * former old one is dropped; a script found in the old generation moves back to the young one. So
 * what the last runs used stays, and at most two generations are held. Safe to share between threads.
 */
public final class ShellCache {
    static final int GENERATION_SIZE = 4096;

    private record Key(String script, ShellState state) {
    }

    private volatile Map<Key, List<SimpleCommand>> young = new ConcurrentHashMap<>();
    private volatile Map<Key, List<SimpleCommand>> old = Map.of();

    /** The simple commands {@code script} runs when it starts in {@code state}. */
    public List<SimpleCommand> commands(String script, ShellState state) {
        Key key = new Key(script, state);
        List<SimpleCommand> commands = young.get(key);
        if (commands != null) {
            return commands;
        }
        commands = old.get(key);
        if (commands == null) {
            commands = ShellEvaluator.evaluate(new SourceText(script), state);
        }
        remember(key, commands);
        return commands;
    }

    /** How many evaluations are kept (both generations). */
    public int size() {
        return young.size() + old.size();
    }

    private synchronized void remember(Key key, List<SimpleCommand> commands) {
        if (young.size() >= GENERATION_SIZE) {
            old = young;
            young = new ConcurrentHashMap<>();
        }
        young.put(key, commands);
    }
}
