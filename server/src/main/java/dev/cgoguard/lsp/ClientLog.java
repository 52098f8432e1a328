package dev.cgoguard.lsp;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/** Messages for the client's log ({@code window/logMessage}) and, for the few the user must see, its message area; stdout is the protocol, so nothing is printed. */
final class ClientLog {
    private final Supplier<LanguageClient> client;

    ClientLog(Supplier<LanguageClient> client) {
        this.client = client;
    }

    void info(String message) {
        send(MessageType.Info, message);
    }

    void warning(String message) {
        send(MessageType.Warning, message);
    }

    /** A message the user should see now (window/showMessage), also kept in the log. */
    void show(String message) {
        LanguageClient target = client.get();
        if (target != null) {
            try {
                target.showMessage(new MessageParams(MessageType.Warning, message));
            } catch (RuntimeException e) {
                // the connection is gone; there is nobody left to tell
            }
        }
        warning(message);
    }

    void error(String message, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        send(MessageType.Error, message + ": " + failure + "\n" + trace);
    }

    private void send(MessageType type, String message) {
        LanguageClient target = client.get();
        if (target != null) {
            try {
                target.logMessage(new MessageParams(type, message));
            } catch (RuntimeException e) {
                // the connection is gone; there is nobody left to tell
            }
        }
    }
}
