package dev.cgoguard.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SharedWorkListTest {
    @Test
    void everyItemAndEveryItemAddedIsWorkedOnOnceBeforeRunReturns() {
        // from 2 on, each number below 2,048 adds its two children in a binary tree: 1..4095 in all
        Map<Integer, Integer> seen = new ConcurrentHashMap<>();
        SharedWorkList.run(List.of(1, 2, 3), (n, more) -> {
            seen.merge(n, 1, Integer::sum);
            if (n >= 2 && n < 2048) {
                more.accept(2 * n);
                more.accept(2 * n + 1);
            }
        });
        Map<Integer, Integer> once = new TreeMap<>();
        for (int n = 1; n <= 4095; n++) {
            once.put(n, 1);
        }
        assertEquals(once, new TreeMap<>(seen));
    }

    @Test
    void listsStartedByTheItemsOfAListTheCallerHelpsWithAreAllDone() {
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        SharedWorkList.runHelpingOthers(List.of(0, 1, 2, 3), (outer, more) -> SharedWorkList.run(List.of(0, 1, 2, 3, 4, 5, 6, 7),
                (inner, added) -> {
                    seen.merge(outer + "/" + inner, 1, Integer::sum);
                    if (inner < 4) {
                        added.accept(inner + 8);
                    }
                }));
        assertEquals(48, seen.size());
        assertEquals(List.of(1), seen.values().stream().distinct().toList());
    }

    @Test
    void aValueIsComputedOnceForAllTheThreadsThatAskAndAFailureIsNotKept() throws Exception {
        ComputedOnce<String, Integer> values = new ComputedOnce<>();
        AtomicInteger computed = new AtomicInteger();
        List<Integer> got = IntStream.range(0, 64).parallel()
                .mapToObj(i -> values.get("net", k -> {
                    computed.incrementAndGet();
                    return 7;
                })).toList();
        assertEquals(List.of(7), got.stream().distinct().toList());
        assertEquals(1, computed.get());

        assertThrows(IllegalStateException.class, () -> values.get("os/user", k -> {
            throw new IllegalStateException("unreadable");
        }));
        assertEquals(3, values.get("os/user", k -> 3));
    }

    @Test
    void aFailureIsThrownToTheCallerAfterTheOtherItemsAreDone() {
        AtomicInteger done = new AtomicInteger();
        IllegalStateException failure = new IllegalStateException("unreadable");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> SharedWorkList.run(List.of(1, 2, 3, 4), (n, more) -> {
            if (n == 2) {
                throw failure;
            }
            done.incrementAndGet();
        }));
        assertSame(failure, thrown);
        assertEquals(3, done.get());
    }

    @Test
    void aCallerInterruptedWhileAnotherThreadWorksIsToldSoInsteadOfReturningAsIfAllWereDone() throws Exception {
        CountDownLatch poolStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Thread> caller = new AtomicReference<>();
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            caller.set(Thread.currentThread());
            try {
                SharedWorkList.run(List.of(1, 2), (n, more) -> {
                    try {
                        if (Thread.currentThread() == caller.get()) {
                            poolStarted.await(10, TimeUnit.SECONDS); // the other item is being worked on elsewhere
                        } else {
                            poolStarted.countDown();
                            release.await(10, TimeUnit.SECONDS);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                outcome.set(new AssertionError("run returned while an item was still being worked on"));
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        thread.start();
        assertTrue(poolStarted.await(10, TimeUnit.SECONDS));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        thread.interrupt();
        thread.join(10_000);
        release.countDown();
        assertInstanceOf(CancellationException.class, outcome.get());
    }
}
