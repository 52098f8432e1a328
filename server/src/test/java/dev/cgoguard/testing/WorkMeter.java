package dev.cgoguard.testing;

import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;

/**
 * Counts the work of a task as the bytes it allocates, which the JVM counts per thread: unlike time,
 * the count does not depend on the machine or its load, and a path that is quadratic in its input
 * allocates quadratically too. The task runs on a pool of one thread, so that the parallel streams
 * inside it run on that thread and are counted.
 */
public final class WorkMeter {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private WorkMeter() {
    }

    /** The bytes {@code task} allocates. */
    public static long bytes(Supplier<?> task) {
        ForkJoinPool pool = new ForkJoinPool(1);
        try {
            return pool.submit(() -> {
                long before = THREADS.getCurrentThreadAllocatedBytes();
                task.get();
                return THREADS.getCurrentThreadAllocatedBytes() - before;
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
