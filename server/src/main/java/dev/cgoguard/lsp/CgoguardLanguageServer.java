package dev.cgoguard.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The cgoguard language server: the lifecycle (initialize, initialized, shutdown, exit) and the two
 * services. The session ends with {@link #exitCode()}: 0 after shutdown then exit, 1 when it ends
 * without a shutdown (exit alone, the client's process gone, or the input closed).
 */
public final class CgoguardLanguageServer implements LanguageServer, LanguageClientAware {
    private final ServerSession session;
    private final CgoguardTextDocumentService documents;
    private final CgoguardWorkspaceService workspace;
    private final AtomicBoolean shutdownRequested = new AtomicBoolean();
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();

    public CgoguardLanguageServer(LanguageServerSetup setup) {
        this.session = new ServerSession(setup);
        this.documents = new CgoguardTextDocumentService(session);
        this.workspace = new CgoguardWorkspaceService(session);
    }

    @Override
    public void connect(LanguageClient client) {
        session.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        session.capabilities(new ClientCapabilitiesView(params.getCapabilities()));
        session.roots.initialize(params);
        session.applySettings(params.getInitializationOptions());
        if (params.getProcessId() != null && !ClientProcessWatch.watch(params.getProcessId(), this::clientGone)) {
            session.log.info("cgoguard: client process " + params.getProcessId() + " is not visible; not watching it");
        }
        ServerCapabilities capabilities = capabilities();
        if (session.pullDiagnostics()) {
            capabilities.setDiagnosticProvider(new DiagnosticRegistrationOptions(true, false));
        }
        return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("cgoguard", dev.cgoguard.rules.BuildInfo.current().version())));
    }

    @Override
    public void initialized(InitializedParams params) {
        if (session.capabilities().dynamicWatchedFiles() && session.client() != null) {
            session.client().registerCapability(WatchedFiles.registration()).exceptionally(failure -> {
                session.log.warning("cgoguard: the client refused the file watchers: " + failure.getMessage());
                return null;
            });
        }
        session.fetchConfiguration();
        session.scheduler.request();
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested.set(true);
        session.shutDown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        finish();
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    /** Completes when the session is over, with the process exit code LSP prescribes. */
    public CompletableFuture<Integer> exitCode() {
        return exitCode;
    }

    /** A line for the client's log. */
    void logWarning(String message) {
        session.log.warning(message);
    }

    /** The connection's input ended: the session is over as if {@code exit} had come. */
    void inputClosed() {
        finish();
    }

    private void clientGone() {
        session.log.info("cgoguard: the client process ended; exiting");
        finish();
    }

    private void finish() {
        session.scheduler.shutdown();
        exitCode.complete(shutdownRequested.get() ? 0 : 1);
    }

    private static ServerCapabilities capabilities() {
        ServerCapabilities capabilities = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(true));
        capabilities.setTextDocumentSync(sync);
        capabilities.setHoverProvider(true);
        capabilities.setInlayHintProvider(true);
        capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix,
                CodeActionProvider.FIX_ALL_KIND)));
        WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
        folders.setSupported(true);
        folders.setChangeNotifications(true);
        capabilities.setWorkspace(new WorkspaceServerCapabilities(folders));
        return capabilities;
    }
}
