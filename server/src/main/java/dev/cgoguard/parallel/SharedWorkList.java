package dev.cgoguard.parallel;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Items worked on by the calling thread and the common pool's threads together, where working on
 * one item may add more, until none is left. Every thread takes its next item from the one list:
 * none waits while another works through what its own items added (as the caller of a parallel
 * stream does while a pool thread works through a parallel stream started inside the first one).
 * A pool thread that finds the list empty goes back to the pool, and one is asked for again when
 * items are added. The order in which items are worked on is not defined.
 */
public final class SharedWorkList<T> {
    /** The lists being worked on, whose items a caller waiting at the top may take. */
    private static final Set<SharedWorkList<?>> OPEN = ConcurrentHashMap.newKeySet();
    private final ArrayDeque<T> queue = new ArrayDeque<>();
    private final BiConsumer<T, Consumer<T>> work;
    /** The most threads taking items at once: the caller and each of the pool's threads. */
    private final int maxThreads = ForkJoinPool.getCommonPoolParallelism() + 1;
    /** Items added and not finished: queued or being worked on. */
    private int unfinished;
    /** Threads taking items now, or asked for from the pool and not started yet. */
    private int threads = 1;
    private Throwable failure;

    private SharedWorkList(BiConsumer<T, Consumer<T>> work) {
        this.work = work;
    }

    /**
     * Works on the items and on those the work adds (through the consumer it is given) and returns
     * when all are done; while the last items are worked on by other threads, the caller waits. The
     * first exception or error thrown by the work is thrown here once all are done; a caller
     * interrupted while it waits gets a {@link CancellationException}, never a partial result.
     */
    public static <T> void run(Collection<T> items, BiConsumer<T, Consumer<T>> work) {
        new SharedWorkList<>(work).runAll(items, false);
    }

    /**
     * As {@link #run}, for a caller outside the pool that holds no lock the work may take: while the
     * last items are worked on by the pool's threads, it takes items of the other lists being worked
     * on (those these items started), so that it is not idle while they are.
     */
    public static <T> void runHelpingOthers(Collection<T> items, BiConsumer<T, Consumer<T>> work) {
        new SharedWorkList<>(work).runAll(items, !(Thread.currentThread() instanceof ForkJoinWorkerThread));
    }

    private void runAll(Collection<T> items, boolean helpOthers) {
        synchronized (this) {
            queue.addAll(items);
            unfinished = items.size();
        }
        OPEN.add(this);
        try {
            int helpers = Math.min(maxThreads - 1, items.size() - 1);
            for (int i = 0; i < helpers; i++) {
                synchronized (this) {
                    threads++;
                }
                ForkJoinPool.commonPool().execute(this::takeItems);
            }
            takeItems();
            awaitFinished(helpOthers);
        } finally {
            OPEN.remove(this);
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    /** Waits until every item is done, taking those added meanwhile (and, when helping, other lists' items). */
    private void awaitFinished(boolean helpOthers) {
        while (true) {
            boolean take = false;
            synchronized (this) {
                if (unfinished == 0) {
                    return;
                }
                if (!queue.isEmpty()) {
                    threads++;
                    take = true;
                }
            }
            if (take) {
                takeItems();
            } else if (!helpOthers || !takeAnotherListsItem()) {
                synchronized (this) {
                    if (unfinished > 0 && queue.isEmpty()) {
                        try {
                            wait(helpOthers ? 1 : 0);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new CancellationException("interrupted while " + unfinished + " items were not done");
                        }
                    }
                }
            }
        }
    }

    private boolean takeAnotherListsItem() {
        for (SharedWorkList<?> list : OPEN) {
            if (list != this && list.takeOne()) {
                return true;
            }
        }
        return false;
    }

    /** Works on one queued item, if there is one. */
    private boolean takeOne() {
        T item;
        synchronized (this) {
            item = queue.poll();
            if (item == null) {
                return false;
            }
        }
        workOn(item);
        return true;
    }

    private void add(T item) {
        boolean another;
        synchronized (this) {
            queue.add(item);
            unfinished++;
            another = threads < maxThreads;
            if (another) {
                threads++;
            }
            notifyAll();
        }
        if (another) {
            ForkJoinPool.commonPool().execute(this::takeItems);
        }
    }

    /** Takes items until none is queued. */
    private void takeItems() {
        while (true) {
            T item;
            synchronized (this) {
                item = queue.poll();
                if (item == null) {
                    threads--;
                    return;
                }
            }
            workOn(item);
        }
    }

    private void workOn(T item) {
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
