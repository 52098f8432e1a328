package dev.cgoguard.lsp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A client that records what the server sends: diagnostics by URI, every publish, log messages, registrations. */
final class RecordingClient implements LanguageClient {
    final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
    final List<PublishDiagnosticsParams> publishes = new CopyOnWriteArrayList<>();
    final List<MessageParams> logs = new CopyOnWriteArrayList<>();
    final List<RegistrationParams> registrations = new CopyOnWriteArrayList<>();

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        publishes.add(params);
        diagnostics.put(params.getUri(), params.getDiagnostics());
    }

    List<Diagnostic> diagnosticsOf(String uri) {
        return diagnostics.getOrDefault(uri, List.of());
    }

    boolean logged(String fragment) {
        return logs.stream().anyMatch(m -> m.getMessage().contains(fragment));
    }

    @Override
    public void logMessage(MessageParams message) {
        logs.add(message);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        registrations.add(params);
        return CompletableFuture.completedFuture(null);
    }

    final List<org.eclipse.lsp4j.ConfigurationParams> configurationRequests = new CopyOnWriteArrayList<>();
    volatile Object configurationAnswer;

    @Override
    public CompletableFuture<List<Object>> configuration(org.eclipse.lsp4j.ConfigurationParams params) {
        configurationRequests.add(params);
        return CompletableFuture.completedFuture(java.util.Collections.singletonList(configurationAnswer));
    }

    final java.util.concurrent.atomic.AtomicInteger refreshes = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public CompletableFuture<Void> refreshDiagnostics() {
        refreshes.incrementAndGet();
        return CompletableFuture.completedFuture(null);
    }

    final java.util.concurrent.atomic.AtomicInteger inlayHintRefreshes = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public CompletableFuture<Void> refreshInlayHints() {
        inlayHintRefreshes.incrementAndGet();
        return CompletableFuture.completedFuture(null);
    }

    final List<org.eclipse.lsp4j.ProgressParams> progress = new CopyOnWriteArrayList<>();
    final List<org.eclipse.lsp4j.WorkDoneProgressCreateParams> progressTokens = new CopyOnWriteArrayList<>();

    @Override
    public CompletableFuture<Void> createProgress(org.eclipse.lsp4j.WorkDoneProgressCreateParams params) {
        progressTokens.add(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void notifyProgress(org.eclipse.lsp4j.ProgressParams params) {
        progress.add(params);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams messageParams) {
        shown.add(messageParams);
        logs.add(messageParams);
    }

    /** The messages shown to the user ({@code window/showMessage}). */
    final List<MessageParams> shown = new CopyOnWriteArrayList<>();

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }
}
