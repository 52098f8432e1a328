package dev.cgoguard.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A language server session in-process: the server runs through {@link CgoguardLanguageServerLauncher#run}
 * on one pair of pipes, an LSP4J client launcher with a {@link RecordingClient} on the other.
 */
final class LspTestSession implements AutoCloseable {
    final RecordingClient client = new RecordingClient();
    final LanguageServer server;
    final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private final PipedOutputStream clientToServer = new PipedOutputStream();
    private final PipedOutputStream serverToClient = new PipedOutputStream();

    LspTestSession(LanguageServerSetup setup) throws IOException {
        PipedInputStream serverIn = new PipedInputStream(clientToServer, 1 << 20);
        PipedInputStream clientIn = new PipedInputStream(serverToClient, 1 << 20);
        Thread serverThread = new Thread(() -> {
            try {
                exitCode.complete(CgoguardLanguageServerLauncher.run(serverIn, serverToClient, setup));
            } catch (Throwable t) {
                exitCode.completeExceptionally(t);
            }
        }, "test-lsp-server");
        serverThread.setDaemon(true);
        serverThread.start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, clientToServer);
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    /** The capabilities of a modern client: documentChanges and dynamic file watchers. */
    static ClientCapabilities fullCapabilities() {
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
        edits.setDocumentChanges(true);
        workspace.setWorkspaceEdit(edits);
        workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setWorkspace(workspace);
        return capabilities;
    }

    InitializeResult initialize(List<Path> roots, Object options, ClientCapabilities capabilities) throws Exception {
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setCapabilities(capabilities);
        params.setInitializationOptions(options);
        params.setWorkspaceFolders(roots.stream()
                .map(root -> new WorkspaceFolder(uri(root), root.getFileName().toString())).toList());
        InitializeResult result = server.initialize(params).get(30, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return result;
    }

    InitializeResult initialize(Path root) throws Exception {
        return initialize(List.of(root), null, fullCapabilities());
    }

    void open(Path file, int version, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri(file), "makefile", version, text)));
    }

    /** One incremental change: replace {@code range} with {@code text}. */
    void edit(Path file, int version, Range range, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri(file), version),
                List.of(new TextDocumentContentChangeEvent(range, text))));
    }

    /** Writes bytes straight onto the connection, bypassing the client's JSON-RPC layer. */
    void writeRaw(String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String header = "Content-Length: " + content.length + "\r\n\r\n";
        synchronized (clientToServer) {
            clientToServer.write(header.getBytes(StandardCharsets.US_ASCII));
            clientToServer.write(content);
            clientToServer.flush();
        }
    }

    static String uri(Path path) {
        return DocumentUris.fromPath(path);
    }

    int awaitExit() throws Exception {
        return exitCode.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        clientToServer.close();
        serverToClient.close();
    }
}
