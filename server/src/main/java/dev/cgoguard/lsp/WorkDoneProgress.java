package dev.cgoguard.lsp;

import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Server-initiated work-done progress ({@code $/progress}) for long work such as the first scan of a
 * folder: the token is created with {@code window/workDoneProgress/create} when the client supports
 * it, else nothing is reported. A client that refuses the token gets no notifications.
 */
final class WorkDoneProgress {
    private final LanguageClient client;
    private final Either<String, Integer> token;
    private volatile boolean accepted;

    private WorkDoneProgress(LanguageClient client, Either<String, Integer> token) {
        this.client = client;
        this.token = token;
    }

    /** Begins a progress with the title, or a silent one when the client cannot show it. */
    static WorkDoneProgress begin(Supplier<LanguageClient> clients, boolean supported, String title, String message) {
        LanguageClient client = clients.get();
        if (client == null || !supported) {
            return new WorkDoneProgress(null, null);
        }
        WorkDoneProgress progress = new WorkDoneProgress(client, Either.forLeft("cgoguard-" + UUID.randomUUID()));
        try {
            client.createProgress(new WorkDoneProgressCreateParams(progress.token)).get(10, java.util.concurrent.TimeUnit.SECONDS);
            progress.accepted = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return progress;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return progress;
        }
        WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
        begin.setTitle(title);
        begin.setMessage(message);
        begin.setCancellable(false);
        progress.send(begin);
        return progress;
    }

    void report(String message, int percentage) {
        WorkDoneProgressReport report = new WorkDoneProgressReport();
        report.setMessage(message);
        report.setPercentage(percentage);
        send(report);
    }

    void end(String message) {
        WorkDoneProgressEnd end = new WorkDoneProgressEnd();
        end.setMessage(message);
        send(end);
        accepted = false;
    }

    private void send(WorkDoneProgressNotification notification) {
        if (accepted) {
            client.notifyProgress(new ProgressParams(token, Either.forLeft(notification)));
        }
    }
}
