package dev.cgoguard.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A status line on stderr, rewritten in place with {@code \r}, that appears only when linting takes
 * longer than about a second and stderr is a terminal; it is erased when linting ends.
 */
final class ProgressLine implements AutoCloseable {
    private static final long DELAY_MS = 1000;
    private static final long PERIOD_MS = 250;

    private final PrintWriter err;
    private final ScheduledExecutorService timer;
    private final AtomicReference<String> status = new AtomicReference<>("starting");
    private final long started = System.nanoTime();
    private volatile int shownWidth;

    private ProgressLine(PrintWriter err, boolean enabled) {
        this.err = err;
        if (enabled) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "cgoguard-progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::show, DELAY_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    /** A progress line on a terminal's stderr; does nothing when stderr is not a terminal. */
    static ProgressLine start(PrintWriter err) {
        return new ProgressLine(err, System.console() != null);
    }

    void update(String text) {
        status.set(text);
    }

    private synchronized void show() {
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        String line = "cgoguard: " + status.get() + " (" + seconds + " s)";
        err.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
        err.flush();
        shownWidth = line.length();
    }

    @Override
    public synchronized void close() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        if (shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            err.flush();
        }
    }
}
