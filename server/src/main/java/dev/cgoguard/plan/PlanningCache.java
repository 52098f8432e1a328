package dev.cgoguard.plan;

import dev.cgoguard.cache.GenerationalCache;
import dev.cgoguard.cache.Identity;
import dev.cgoguard.docker.DockerEvaluation;
import dev.cgoguard.docker.DockerfileEvaluator;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.host.Host;
import dev.cgoguard.make.SubMakeMemo;
import dev.cgoguard.shell.ShellCache;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.shell.SimpleCommand;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What planning keeps between runs for an editor: the shell evaluations of scripts, the go
 * commands of Makefile recipe lines as far as they do not depend on where the line stands, the
 * recursive makes of Makefiles (each taken again while the files it read answer as before), and the
 * Dockerfiles evaluated (one evaluation for each text and set of build arguments, whichever stage
 * is built). An edit of one line leaves every other line's commands as they were. What depends on
 * the whole snapshot is kept for the latest snapshot only (a Dockerfile's go commands that several
 * bake targets build alike). Safe to share between threads.
 */
public final class PlanningCache {
    private static final int GENERATION_SIZE = 4096;

    /** A recipe line as make hands it to the shell: its text, environment and working directory. */
    public record RecipeKey(String command, Map<String, ShellValue> environment, String workingDirectory, Host host) {
        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof RecipeKey that
                    && Objects.equals(command, that.command)
                    && Objects.equals(environment, that.environment)
                    && Objects.equals(workingDirectory, that.workingDirectory)
                    && Objects.equals(host, that.host);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(command);
            hash = 31 * hash + Objects.hashCode(environment);
            hash = 31 * hash + Objects.hashCode(workingDirectory);
            hash = 31 * hash + Objects.hashCode(host);
            return hash;
        }
    }

    /** A go command a recipe line runs: the evaluated command and its parsed invocation. */
    public record RecipeGoCommand(SimpleCommand command, GoInvocation invocation) {
    }

    /**
     * The go commands of a recipe line, the commands that may run a script of the workspace (a
     * path, or a shell with a file), and why the shell evaluation stopped before its end (null when
     * it did not).
     */
    public record RecipeCommands(List<RecipeGoCommand> commands, List<SimpleCommand> scriptCalls, String stoppedBecause) {
    }

    /** A Dockerfile's version (compared by identity) and its evaluations, by the build arguments they were made with. */
    private record DockerfileEvaluations(WorkspaceFile file, Map<Map<String, String>, FutureTask<DockerEvaluation>> byArgs) {
    }

    /** Values worked out from one workspace snapshot, by key. */
    private record SnapshotValues(Identity<Workspace> snapshot, Map<Object, FutureTask<Object>> values) {
    }

    private final ShellCache shell = new ShellCache();
    private final SubMakeMemo subMakes = new SubMakeMemo();
    private final GenerationalCache<RecipeKey, RecipeCommands> recipes = new GenerationalCache<>(GENERATION_SIZE);
    /**
     * By path, the evaluations of the latest version planned: an editor's edit makes a new version,
     * and the evaluations of the one before are let go at once.
     */
    private final GenerationalCache<String, AtomicReference<DockerfileEvaluations>> dockerfiles = new GenerationalCache<>(64);
    private volatile SnapshotValues latest = new SnapshotValues(new Identity<>(null), Map.of());

    public ShellCache shell() {
        return shell;
    }

    /** The recursive makes evaluated, for the next analysis to take those whose inputs are as before. */
    public SubMakeMemo subMakes() {
        return subMakes;
    }

    /** The go commands of a recipe line, evaluated once for each text, environment and directory. */
    public RecipeCommands recipe(RecipeKey key, Supplier<RecipeCommands> evaluation) {
        return recipes.get(key, k -> evaluation.get());
    }

    /**
     * A Dockerfile evaluated with {@code buildArgs} and built as {@code targetStage} (null: the last
     * stage). Builds of several bake targets are planned side by side: a second caller with the same
     * text and arguments waits for the first one's evaluation.
     */
    public DockerEvaluation dockerfile(WorkspaceFile file, Map<String, String> buildArgs, String targetStage) {
        AtomicReference<DockerfileEvaluations> latest = dockerfiles.get(file.path(), path -> new AtomicReference<>());
        DockerfileEvaluations evaluations = latest.get();
        while (evaluations == null || evaluations.file() != file) {
            DockerfileEvaluations fresh = new DockerfileEvaluations(file, new ConcurrentHashMap<>());
            if (latest.compareAndSet(evaluations, fresh)) {
                evaluations = fresh;
            } else {
                evaluations = latest.get();
            }
        }
        FutureTask<DockerEvaluation> evaluation = evaluations.byArgs().computeIfAbsent(buildArgs,
                args -> new FutureTask<>(() -> DockerfileEvaluator.evaluate(file, buildArgs, null)));
        evaluation.run(); // a no-op once it has run or while another thread runs it
        return outcome(evaluation).targeting(targetStage);
    }

    /**
     * The value for {@code key} worked out from {@code snapshot}: computed once for that snapshot
     * (a second caller with the same key waits for the first; a computation may ask for values of
     * other keys), forgotten once another snapshot is planned. {@code key} must say everything the
     * value depends on besides the snapshot.
     */
    @SuppressWarnings("unchecked")
    public <V> V forSnapshot(Workspace snapshot, Object key, Supplier<V> compute) {
        Identity<Workspace> id = new Identity<>(snapshot);
        SnapshotValues current = latest;
        if (!current.snapshot().equals(id)) {
            synchronized (this) {
                current = latest;
                if (!current.snapshot().equals(id)) {
                    current = new SnapshotValues(id, new ConcurrentHashMap<>());
                    latest = current;
                }
            }
        }
        FutureTask<Object> task = new FutureTask<>(compute::get);
        FutureTask<Object> known = current.values().putIfAbsent(key, task);
        if (known == null) {
            task.run();
            known = task;
        }
        return (V) outcome(known);
    }

    /** The value a task that has been run gives, or its failure as thrown. */
    private static <V> V outcome(FutureTask<V> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("planning was interrupted");
        }
    }
}
