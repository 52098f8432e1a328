package dev.cgoguard.lsp;

import dev.cgoguard.config.EffectiveSettings;
import dev.cgoguard.config.SettingsOverrides;
import dev.cgoguard.config.SettingsProblem;
import dev.cgoguard.config.SettingsResolver;
import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.rules.RuleRegistry;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    final SettingsResolver settingsResolver = new SettingsResolver(RuleRegistry.builtIn());
    final SettingsReader settingsReader = new SettingsReader(log::warning, settingsResolver::knowsRule,
            settingsResolver::fixChoiceProblem);
    final AnalysisScheduler scheduler;
    final LanguageServerSetup setup;
    private volatile LanguageClient client;
    private volatile SettingsOverrides overrides = SettingsOverrides.NONE;
    /** The settings-file problems last shown for each root, so that each is shown once. */
    private final Map<Path, java.util.List<SettingsProblem>> shownProblems = new ConcurrentHashMap<>();
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

    /**
     * The options of one root, worked out by the core's settings resolver as for the command line:
     * the root's {@code .cgoguard.yaml} (read again whenever it changes on disk) with the client's
     * settings on top. The root leaves out the files they exclude. A settings file with problems is
     * not applied, and its problems are shown to the user once, in the command line's words.
     */
    AnalysisOptions options(WorkspaceRoot root) {
        EffectiveSettings settings = settingsResolver.resolve(root.path(), null, overrides);
        if (!settings.problems().equals(shownProblems.getOrDefault(root.path(), java.util.List.of()))) {
            shownProblems.put(root.path(), settings.problems());
            for (SettingsProblem problem : settings.problems()) {
                log.show("cgoguard: " + problem.describe(problem.file().toString())
                        + "; the settings file is not applied until this is fixed");
            }
        }
        root.exclude(settings.excludes());
        return settings.options();
    }

    /** Takes new settings (raw JSON from the client) and analyses again under them. */
    void configure(Object rawSettings) {
        applySettings(rawSettings);
        scheduler.request();
    }

    /** Takes settings without analysing (during initialize: the first analysis waits for initialized). */
    void applySettings(Object rawSettings) {
        this.overrides = settingsReader.read(rawSettings);
        roots.limits(settingsReader.scanLimits(rawSettings));
        boolean hints = new SettingsReader(message -> { }, id -> true).inlayHints(rawSettings);
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
