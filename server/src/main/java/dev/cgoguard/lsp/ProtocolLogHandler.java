package dev.cgoguard.lsp;

import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sends what LSP4J logs about the connection (a message that could not be parsed, a notification
 * that could not be sent) to the client's log as one line, instead of printing it with its stack
 * trace on the server's stderr. A message that fails to reach the client is not logged again.
 */
final class ProtocolLogHandler extends Handler {
    private static final Logger LSP4J = Logger.getLogger("org.eclipse.lsp4j");
    private static final ThreadLocal<Boolean> SENDING = ThreadLocal.withInitial(() -> false);

    private final Consumer<String> log;

    private ProtocolLogHandler(Consumer<String> log) {
        this.log = log;
    }

    /** Routes LSP4J's log to {@code log} until {@link #close()}. */
    static ProtocolLogHandler install(Consumer<String> log) {
        ProtocolLogHandler handler = new ProtocolLogHandler(log);
        synchronized (LSP4J) {
            LSP4J.setUseParentHandlers(false);
            LSP4J.addHandler(handler);
        }
        return handler;
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || record.getLevel().intValue() < Level.INFO.intValue() || SENDING.get()) {
            return;
        }
        SENDING.set(true);
        try {
            String message = record.getMessage() == null ? "" : record.getMessage();
            Throwable thrown = record.getThrown();
            if (thrown != null && !message.contains(String.valueOf(thrown.getMessage()))) {
                message = message + (message.isEmpty() ? "" : ": ") + thrown;
            }
            log.accept("cgoguard: the connection: " + message.lines().findFirst().orElse(""));
        } catch (RuntimeException e) {
            // the client is gone: nobody is left to tell
        } finally {
            SENDING.set(false);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        synchronized (LSP4J) {
            LSP4J.removeHandler(this);
            if (LSP4J.getHandlers().length == 0) {
                LSP4J.setUseParentHandlers(true);
            }
        }
    }
}
