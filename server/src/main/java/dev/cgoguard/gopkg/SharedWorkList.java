package dev.cgoguard.gopkg;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Items worked on by the calling thread and the common pool's threads together, where working on
 * one item may add more, until none is left. Every thread takes its next item from the one list:
 * none waits while another works through what its own items added (as the caller of a parallel
 * stream does while a pool thread works through a parallel stream started inside the first one).
 * The order in which items are worked on is not defined.
 */
final class SharedWorkList<T> {
    private final ArrayDeque<T> queue = new ArrayDeque<>();
    private final BiConsumer<T, Consumer<T>> work;
    /** Items added and not finished: queued or being worked on. */
    private int unfinished;
    private Throwable failure;

    private SharedWorkList(BiConsumer<T, Consumer<T>> work) {
        this.work = work;
    }

    /**
     * Works on the items and on those the work adds (through the consumer it is given) and returns
     * when all are done. The first exception or error thrown by the work is thrown here once all are.
     */
    static <T> void run(Collection<T> items, BiConsumer<T, Consumer<T>> work) {
        SharedWorkList<T> list = new SharedWorkList<>(work);
        items.forEach(list::add);
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), items.size() - 1);
        for (int i = 0; i < helpers; i++) {
            ForkJoinPool.commonPool().execute(list::workUntilDone);
        }
        list.workUntilDone();
        if (list.failure instanceof RuntimeException e) {
            throw e;
        }
        if (list.failure instanceof Error e) {
            throw e;
        }
    }

    private synchronized void add(T item) {
        queue.add(item);
        unfinished++;
        notify();
    }

    /** Takes items until none is queued and none is being worked on. */
    private void workUntilDone() {
        while (true) {
            T item;
            synchronized (this) {
                while (queue.isEmpty() && unfinished > 0) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (queue.isEmpty()) {
                    return;
                }
                item = queue.poll();
            }
            Throwable thrown = null;
            try {
                work.accept(item, this::add);
            } catch (RuntimeException | Error e) {
                thrown = e;
            }
            synchronized (this) {
                if (thrown != null && failure == null) {
                    failure = thrown;
                }
                if (--unfinished == 0) {
                    notifyAll();
                }
            }
        }
    }
}
