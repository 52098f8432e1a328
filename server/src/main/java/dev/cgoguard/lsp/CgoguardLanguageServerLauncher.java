package dev.cgoguard.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs the language server over a pair of streams (stdin/stdout for {@code cgoguard lsp}). */
public final class CgoguardLanguageServerLauncher {
    private CgoguardLanguageServerLauncher() {
    }

    /**
     * Serves one LSP session with the production analysis and returns the process exit code: 0 after
     * shutdown and exit, 1 when the session ended without a shutdown.
     */
    public static int run(InputStream in, OutputStream out) {
        PrintStream standardOut = System.out;
        boolean guardStdout = out == standardOut;
        if (guardStdout) {
            System.setOut(System.err); // a stray print anywhere would corrupt the protocol on stdout
        }
        try {
            return run(in, out, LanguageServerSetup.production());
        } finally {
            if (guardStdout) {
                System.setOut(standardOut);
            }
        }
    }

    /** Serves one LSP session with the given setup (tests use their own analysis and debounce). */
    public static int run(InputStream in, OutputStream out, LanguageServerSetup setup) {
        CgoguardLanguageServer server = new CgoguardLanguageServer(setup);
        ProtocolLogHandler protocolLog = ProtocolLogHandler.install(server::logWarning);
        ExecutorService messages = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "cgoguard-lsp-messages");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out, messages, null);
            server.connect(launcher.getRemoteProxy());
            Future<Void> listening = launcher.startListening();
            Thread watcher = new Thread(() -> {
                awaitQuietly(listening);
                server.inputClosed();
            }, "cgoguard-lsp-input");
            watcher.setDaemon(true);
            watcher.start();
            int code = server.exitCode().join();
            listening.cancel(true);
            return code;
        } finally {
            messages.shutdownNow();
            protocolLog.close();
        }
    }

    private static void awaitQuietly(Future<Void> listening) {
        try {
            listening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            // the connection broke: the session is over either way
        }
    }
}
