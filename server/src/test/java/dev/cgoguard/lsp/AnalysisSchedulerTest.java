package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Cancellation of stale runs: a running analysis learns that a newer request overtook it, and the newer one runs after it. */
class AnalysisSchedulerTest {
    /** Waits, on its first call only, until {@code release} opens; says when that first call began. */
    private static void blockFirstRun(AtomicInteger runs, CountDownLatch started, CountDownLatch release) {
        if (runs.incrementAndGet() == 1) {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void aRunningAnalysisIsToldThatANewerRequestOvertookItAndTheNewerOneRuns() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        List<Boolean> overtakenWhenDone = new CopyOnWriteArrayList<>();
        AnalysisScheduler scheduler = new AnalysisScheduler(superseded -> {
            blockFirstRun(runs, started, release);
            overtakenWhenDone.add(superseded.getAsBoolean());
        }, 1, new ClientLog(() -> null));
        try {
            scheduler.request();
            assertTrue(started.await(10, TimeUnit.SECONDS));
            scheduler.request();
            release.countDown();
            scheduler.whenIdle().get(10, TimeUnit.SECONDS);
            assertEquals(List.of(true, false), overtakenWhenDone,
                    "the first run learnt it was overtaken (so its results are dropped); the second ran and was current");
        } finally {
            scheduler.shutdown();
        }
    }

    @Test
    void aBurstOfRequestsWhileOneRunsLeadsToOneMoreRun() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        AnalysisScheduler scheduler = new AnalysisScheduler(superseded -> blockFirstRun(runs, started, release), 50,
                new ClientLog(() -> null));
        try {
            scheduler.request();
            assertTrue(started.await(10, TimeUnit.SECONDS));
            for (int i = 0; i < 20; i++) {
                scheduler.request();
            }
            release.countDown();
            scheduler.whenIdle().get(10, TimeUnit.SECONDS);
            assertEquals(2, runs.get());
        } finally {
            scheduler.shutdown();
        }
    }
}
