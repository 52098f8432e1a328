package dev.cgoguard.docker;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/**
 * The stages already evaluated from one Dockerfile text, each with what its evaluation read from
 * outside the stage: build arguments, global and predefined arguments, and the earlier stage it is
 * built {@code FROM}. A bake file builds one Dockerfile under several sets of arguments, and most
 * stages read none of the arguments that differ between them: such a stage is evaluated once and
 * the same {@link DockerStage} serves every set.
 */
final class StageMemo {
    /** Where a stage's evaluation looked outside the stage. */
    enum Source {
        /** a variable of a {@code FROM} line: a global argument, else a predefined one */
        GLOBAL,
        /** a {@code --build-arg} value, or its absence */
        BUILD_ARG,
        /** a global argument redeclared in the stage */
        GLOBAL_ARG,
        /** a predefined platform argument */
        PLATFORM_ARG
    }

    /** One look outside the stage and the value it gave (null: nothing there). */
    record Read(Source source, String name, Object value) {
    }

    /** A {@code --build-arg} given, with its value. */
    record Given(String value) {
        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Given that
                    && Objects.equals(value, that.value);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(value);
            return hash;
        }
    }

    /** A stage evaluated: the reads it made, the earlier stage it was built on, and the problems it added. */
    record Evaluated(List<Read> reads, DockerStage base, DockerStage stage, List<DockerProblem> problems) {
    }

    private static final int MAX_PER_STAGE = 16;

    private final Map<Integer, List<Evaluated>> stages = new ConcurrentHashMap<>();

    /**
     * The stage {@code index} evaluated before, when every read it made gives the same value now
     * ({@code read}) and its base stage is the very stage the current evaluation holds at that index
     * ({@code earlier}); else null.
     */
    Evaluated find(int index, BiFunction<Source, String, Object> read, List<DockerStage> earlier) {
        List<Evaluated> candidates = stages.get(index);
        if (candidates == null) {
            return null;
        }
        for (Evaluated candidate : candidates) {
            if (holds(candidate, read, earlier)) {
                return candidate;
            }
        }
        return null;
    }

    /** Keeps a stage evaluated; a few per stage at most (a bake file's sets of arguments are few). */
    void add(int index, Evaluated evaluated) {
        List<Evaluated> candidates = stages.computeIfAbsent(index, i -> new CopyOnWriteArrayList<>());
        if (candidates.size() < MAX_PER_STAGE) {
            candidates.add(evaluated);
        }
    }

    private static boolean holds(Evaluated candidate, BiFunction<Source, String, Object> read, List<DockerStage> earlier) {
        for (Read r : candidate.reads()) {
            if (!Objects.equals(r.value(), read.apply(r.source(), r.name()))) {
                return false;
            }
        }
        int base = candidate.stage().baseStage();
        return base < 0 ? candidate.base() == null : base < earlier.size() && earlier.get(base) == candidate.base();
    }
}
