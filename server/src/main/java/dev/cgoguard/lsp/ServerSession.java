package dev.cgoguard.lsp;

import dev.cgoguard.engine.AnalysisOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;

/** The state one session shares between its services: roots, open documents, findings, settings and the client. */
final class ServerSession {
    final WorkspaceRoots roots = new WorkspaceRoots();
    final OpenDocuments documents = new OpenDocuments();
    final FindingsIndex findings = new FindingsIndex();
    final AnalysisSnapshots snapshots = new AnalysisSnapshots();
    final ClientLog log = new ClientLog(this::client);
    final DiagnosticsPublisher publisher = new DiagnosticsPublisher(this::client, findings,
            this::pulledByClient, () -> capabilities().diagnosticRefresh());
    final SettingsReader settingsReader = new SettingsReader(log::warning);
    final AnalysisScheduler scheduler;
    final LanguageServerSetup setup;
    private volatile LanguageClient client;
    private volatile AnalysisOptions options = AnalysisOptions.DEFAULTS;
    private volatile boolean inlayHints = true;
    private volatile ClientCapabilitiesView capabilities = ClientCapabilitiesView.none();
    private volatile boolean pullDiagnostics;
    private volatile boolean shutDown;

    ServerSession(LanguageServerSetup setup) {
        this.setup = setup;
        WorkspaceAnalysis analysis = new WorkspaceAnalysis(roots, documents, this::options, setup.analysis(),
                findings, snapshots, publisher, log, () -> {
                    if (inlayHints) {
                        refreshInlayHints();
                    }
                }, (title, message) -> WorkDoneProgress.begin(this::client, capabilities().workDoneProgress(), title, message));
        this.scheduler = new AnalysisScheduler(analysis, setup.debounceMillis(), log);
    }

    LanguageClient client() {
        return client;
    }

    void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    AnalysisOptions options() {
        return options;
    }

    /** Takes new settings (raw JSON from the client) and analyses again under them. */
    void configure(Object rawSettings) {
        applySettings(rawSettings);
        scheduler.request();
    }

    /** Takes settings without analysing (during initialize: the first analysis waits for initialized). */
    void applySettings(Object rawSettings) {
        this.options = settingsReader.read(rawSettings);
        roots.limits(settingsReader.scanLimits(rawSettings));
        boolean hints = new SettingsReader(message -> { }).inlayHints(rawSettings);
        boolean changed = hints != inlayHints;
        this.inlayHints = hints;
        if (changed) {
            refreshInlayHints();
        }
    }

    /** Whether the plan summaries are shown as inlay hints (the {@code inlayHints} setting). */
    boolean inlayHints() {
        return inlayHints;
    }

    /** Asks the client to request the inlay hints again (after an analysis or a settings change), when it can. */
    void refreshInlayHints() {
        LanguageClient target = client;
        if (target != null && capabilities.inlayHintRefresh()) {
            target.refreshInlayHints().exceptionally(failure -> null);
        }
    }

    /**
     * Asks the client for the {@code cgoguard} section ({@code workspace/configuration}) when it can
     * answer; otherwise the settings stay as they are.
     */
    void fetchConfiguration() {
        LanguageClient target = client;
        if (target == null || !capabilities.configurationRequests()) {
            return;
        }
        ConfigurationItem item = new ConfigurationItem();
        item.setSection(SettingsReader.SECTION);
        target.configuration(new ConfigurationParams(List.of(item))).whenComplete((values, failure) -> {
            if (failure != null) {
                log.warning("cgoguard: workspace/configuration failed: " + failure.getMessage());
            } else if (values != null && !values.isEmpty() && values.get(0) != null) {
                configure(values.get(0));
            }
        });
    }

    /** After {@code shutdown}: analyses stop, and requests other than exit are refused. */
    void shutDown() {
        shutDown = true;
        scheduler.shutdown();
    }

    /** A request answered normally before shutdown, and refused with InvalidRequest after it, as LSP requires. */
    <T> CompletableFuture<T> answer(Supplier<CompletableFuture<T>> request) {
        if (shutDown) {
            return CompletableFuture.failedFuture(new ResponseErrorException(
                    new ResponseError(ResponseErrorCode.InvalidRequest, "the server is shut down", null)));
        }
        return request.get();
    }

    ClientCapabilitiesView capabilities() {
        return capabilities;
    }

    /** Takes the client's capabilities; a client that pulls diagnostics gets those of its open documents that way. */
    void capabilities(ClientCapabilitiesView view) {
        this.capabilities = view;
        this.pullDiagnostics = view.pullDiagnostics();
    }

    boolean pullDiagnostics() {
        return pullDiagnostics;
    }

    /** The client pulls the diagnostics of this document (rather than having them pushed). */
    private boolean pulledByClient(String uri) {
        return pullDiagnostics && documents.get(uri).isPresent();
    }
}
