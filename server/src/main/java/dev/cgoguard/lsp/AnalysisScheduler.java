package dev.cgoguard.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Runs analyses off the message thread, one at a time, on a single thread. A request after a quiet
 * spell (none in the last debounce delay) runs at once, so a single edit is answered as fast as the
 * analysis goes; the requests of a burst (keystrokes closer than the delay) wait out the delay after
 * the last of them and then run once. A run that a newer request has
 * superseded is skipped, and a running one is told so through its {@link BooleanSupplier} so that it
 * can drop its results. A failing run is reported and the scheduler carries on.
 */
final class AnalysisScheduler {
    /** One analysis; {@code superseded} turns true once a newer request has arrived. */
    interface Job {
        void run(BooleanSupplier superseded);
    }

    private final Job job;
    private final long debounceMillis;
    private final ClientLog log;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cgoguard-analysis");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong generation = new AtomicLong();
    private final List<CompletableFuture<Void>> idleWaiters = new ArrayList<>();
    private ScheduledFuture<?> pending;
    private long completedGeneration;
    private long lastRequestNanos;
    private boolean requestedBefore;

    AnalysisScheduler(Job job, long debounceMillis, ClientLog log) {
        this.job = job;
        this.debounceMillis = debounceMillis;
        this.log = log;
    }

    /** Asks for an analysis of the current state; supersedes every earlier request. */
    synchronized void request() {
        if (executor.isShutdown()) {
            return;
        }
        long current = generation.incrementAndGet();
        if (pending != null) {
            pending.cancel(false);
        }
        long now = System.nanoTime();
        boolean quiet = !requestedBefore || now - lastRequestNanos >= TimeUnit.MILLISECONDS.toNanos(debounceMillis);
        requestedBefore = true;
        lastRequestNanos = now;
        pending = executor.schedule(() -> runIfCurrent(current), quiet ? 0 : debounceMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Completes once the latest requested analysis has finished, or after {@code maxWaitMillis} at the
     * latest, so that a slow analysis never holds up a request: it is then answered from the
     * analysis before.
     */
    CompletableFuture<Void> whenIdle(long maxWaitMillis) {
        return whenIdle().completeOnTimeout(null, maxWaitMillis, TimeUnit.MILLISECONDS);
    }

    /** Completes once the latest requested analysis has finished (at once when nothing is pending). */
    synchronized CompletableFuture<Void> whenIdle() {
        if (completedGeneration == generation.get() || executor.isShutdown()) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> waiter = new CompletableFuture<>();
        idleWaiters.add(waiter);
        return waiter;
    }

    void shutdown() {
        synchronized (this) {
            executor.shutdownNow();
            idleWaiters.forEach(w -> w.complete(null));
            idleWaiters.clear();
        }
    }

    private void runIfCurrent(long requested) {
        if (requested != generation.get()) {
            return;
        }
        try {
            job.run(() -> requested != generation.get());
        } catch (OutOfMemoryError e) {
            log.show("cgoguard: the analysis ran out of memory (the Java heap holds at most "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB) and was dropped; the previous diagnostics stay");
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            log.error("cgoguard: the analysis failed; the previous diagnostics stay", e);
        }
        List<CompletableFuture<Void>> done;
        synchronized (this) {
            if (requested != generation.get()) {
                return;
            }
            completedGeneration = requested;
            done = new ArrayList<>(idleWaiters);
            idleWaiters.clear();
        }
        done.forEach(w -> w.complete(null));
    }
}
