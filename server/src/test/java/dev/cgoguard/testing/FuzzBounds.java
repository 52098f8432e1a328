package dev.cgoguard.testing;

import dev.cgoguard.parse.ParseCancelledException;
import java.lang.management.ManagementFactory;

/**
 * What every fuzz target asserts of one input besides "no exception": the only exception allowed
 * is the documented {@link ParseCancelledException} (a parse given up at its time limit), and the
 * input's analysis allocates at most a stated number of bytes (the JVM counts the bytes each thread
 * allocates; the analyses fuzzed run on the calling thread). The per-input time limit is the fuzz
 * test's {@code @Timeout}, which Jazzer turns into libFuzzer's {@code -timeout}.
 */
public final class FuzzBounds {
    /**
     * Bytes one fuzz input may allocate: the evaluators' budgets (ScanLimits) bound the work of any
     * input, so an input of a few kilobytes stays far below this; past it, a budget is missing.
     */
    public static final long MAX_BYTES_PER_INPUT = 1L << 30;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private FuzzBounds() {
    }

    /** Runs {@code analysis} of one fuzz input and fails if it allocates more than {@link #MAX_BYTES_PER_INPUT}. */
    public static void check(Runnable analysis) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        try {
            analysis.run();
        } catch (ParseCancelledException documented) {
            // a parse past its time limit is given up by design
        }
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        if (allocated > MAX_BYTES_PER_INPUT) {
            throw new AssertionError("one input allocated " + allocated + " bytes, more than " + MAX_BYTES_PER_INPUT);
        }
    }
}
