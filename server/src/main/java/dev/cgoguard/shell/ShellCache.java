package dev.cgoguard.shell;

import dev.cgoguard.cache.GenerationalCache;
import dev.cgoguard.workspace.SourceText;
import java.util.List;
import java.util.Objects;

/**
 * The commands of scripts already evaluated, by script text and starting state. An editor plans a
 * Makefile again after each keystroke, and all its recipe lines but the edited one read as before;
 * an evaluation is a function of the text and the state alone, so a kept result is the result.
 * Bounded ({@link GenerationalCache}); safe to share between threads.
 */
public final class ShellCache {
    static final int GENERATION_SIZE = 4096;

    private record Key(String script, ShellState state) {
        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Key that
                    && Objects.equals(script, that.script)
                    && Objects.equals(state, that.state);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(script);
            hash = 31 * hash + Objects.hashCode(state);
            return hash;
        }
    }

    private final GenerationalCache<Key, ScriptEvaluation> evaluations = new GenerationalCache<>(GENERATION_SIZE);

    /** The simple commands {@code script} runs when it starts in {@code state}. */
    public List<SimpleCommand> commands(String script, ShellState state) {
        return evaluate(script, state).commands();
    }

    /** The evaluation of {@code script} started in {@code state}: its commands, and where it stopped early, if it did. */
    public ScriptEvaluation evaluate(String script, ShellState state) {
        return evaluations.get(new Key(script, state),
                key -> ShellEvaluator.evaluateScript(new SourceText(key.script()), key.state()));
    }

    /** How many evaluations are kept (both generations). */
    public int size() {
        return evaluations.size();
    }
}
