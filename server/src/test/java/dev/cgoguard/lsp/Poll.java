package dev.cgoguard.lsp;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for asynchronous effects by polling a condition until a deadline; never a fixed sleep. */
final class Poll {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Poll() {
    }

    static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + TIMEOUT.toSeconds() + " s waiting for: " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what);
            }
        }
    }

    static <T> T value(String what, Supplier<T> probe, java.util.function.Predicate<T> accepted) {
        Object[] seen = new Object[1];
        until(what, () -> {
            T value = probe.get();
            seen[0] = value;
            return accepted.test(value);
        });
        @SuppressWarnings("unchecked")
        T result = (T) seen[0];
        return result;
    }
}
