package dev.cgoguard.tests.bench;

import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.engine.AnalysisResult;
import dev.cgoguard.engine.Analyzer;
import dev.cgoguard.engine.IncrementalAnalyzer;
import dev.cgoguard.lsp.CgoguardLanguageServerLauncher;
import dev.cgoguard.lsp.LanguageServerSetup;
import dev.cgoguard.gopkg.GoPackageGraph;
import dev.cgoguard.plan.BuildPlanner;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edit-to-publishDiagnostics latency of the language server, in-process over piped streams, on a
 * workspace of 5,000 Go files with a 1,000-line Makefile and a 650-line Dockerfile open. Each edit
 * adds or removes a line at the top of the Makefile, which moves every diagnostic of the Makefile,
 * so each one must be answered by a publish. Prints figures; asserts nothing about time. Run with
 * {@code mvn -B -pl tests -am test -Dtest=LspLatencyBenchmarkTest -Dgroups=benchmark -Dcgoguard.excludedGroups=}.
 */
@Tag("benchmark")
class LspLatencyBenchmarkTest {
    private static final int WARM_UP = 15;
    private static final int MEASURED = 100;
    private static final long DEBOUNCE_MILLIS = 1;

    @TempDir
    Path scratch;

    /** A client that queues every publish with the time it arrived. */
    private record Received(PublishDiagnosticsParams params, long nanos) {
    }

    private static final class QueueingClient implements LanguageClient {
        final BlockingQueue<Received> publishes = new LinkedBlockingQueue<>();

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            publishes.add(new Received(params, System.nanoTime()));
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }
    }

    @Test
    void editToPublishOnAFiveThousandFileWorkspace() throws Exception {
        Path root = Workloads.goMonorepo(scratch, 500, 10);
        Analyzer analyzer = new Analyzer();
        IncrementalAnalyzer incremental = new IncrementalAnalyzer(analyzer);
        List<Double> analysisMillis = new java.util.concurrent.CopyOnWriteArrayList<>();
        BiFunction<Workspace, AnalysisOptions, AnalysisResult> timed = (workspace, options) -> {
            long start = System.nanoTime();
            AnalysisResult result = incremental.analyze(workspace, options);
            analysisMillis.add((System.nanoTime() - start) / 1e6);
            return result;
        };
        LanguageServerSetup setup = new LanguageServerSetup(timed,
                id -> analyzer.rules().find(id).map(rule -> rule.info().summary()), DEBOUNCE_MILLIS);

        PipedOutputStream clientToServer = new PipedOutputStream();
        PipedOutputStream serverToClient = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(clientToServer, 1 << 22);
        PipedInputStream clientIn = new PipedInputStream(serverToClient, 1 << 22);
        Thread serverThread = new Thread(() -> CgoguardLanguageServerLauncher.run(serverIn, serverToClient, setup), "bench-server");
        serverThread.setDaemon(true);
        serverThread.start();
        QueueingClient client = new QueueingClient();
        var launcher = LSPLauncher.createClientLauncher(client, clientIn, clientToServer);
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();

        long scanStart = System.nanoTime();
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "mono")));
        server.initialize(params).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        String makefileUri = root.resolve("Makefile").toUri().toString();
        String makefile = Files.readString(root.resolve("Makefile"));
        String dockerfile = Files.readString(root.resolve("Dockerfile"));
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(makefileUri, "make", 1, makefile)));
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(root.resolve("Dockerfile").toUri().toString(), "dockerfile", 1, dockerfile)));
        int baseLine = firstLineOfMakefile(client, makefileUri, -1, 600);
        System.out.printf("BENCH first scan + analysis until the Makefile's diagnostics: %.0f ms (%d Makefile lines, %d Dockerfile lines)%n",
                (System.nanoTime() - scanStart) / 1e6, makefile.split("\n").length, dockerfile.split("\n").length);

        List<Double> latencies = new ArrayList<>();
        int version = 1;
        analysisMillis.clear();
        for (int edit = 0; edit < WARM_UP + MEASURED; edit++) {
            boolean insert = edit % 2 == 0;
            Range range = insert ? new Range(new Position(0, 0), new Position(0, 0))
                    : new Range(new Position(0, 0), new Position(1, 0));
            client.publishes.clear();
            long sent = System.nanoTime();
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(makefileUri, ++version),
                    List.of(new TextDocumentContentChangeEvent(range, insert ? "# edited\n" : ""))));
            long arrived = awaitMakefile(client, makefileUri, insert ? baseLine + 1 : baseLine, 60);
            if (edit == WARM_UP - 1) {
                analysisMillis.clear();
            }
            if (edit >= WARM_UP) {
                latencies.add((arrived - sent) / 1e6);
            }
        }
        PipelineBenchmarkTest.report("LSP edit -> publishDiagnostics (debounce " + DEBOUNCE_MILLIS + " ms)", latencies);
        PipelineBenchmarkTest.report("  of which the (incremental) core analysis", analysisMillis);
        server.shutdown().get(30, TimeUnit.SECONDS);
        server.exit();
        breakdown(root);
    }

    /** Where the time of one re-analysis after a Makefile edit goes: its parts measured alone. */
    private static void breakdown(Path root) throws Exception {
        Workspace workspace = new WorkspaceScanner().scan(root);
        Analyzer analyzer = new Analyzer();
        IncrementalAnalyzer incremental = new IncrementalAnalyzer(analyzer);
        incremental.analyze(workspace, AnalysisOptions.DEFAULTS);
        String makefile = workspace.file("Makefile").orElseThrow().content();
        GoPackageGraph graph = GoPackageGraph.of(workspace);
        BuildPlanner planner = new BuildPlanner(analyzer.trees(), AnalysisOptions.DEFAULTS);
        List<Double> make = new ArrayList<>();
        List<Double> docker = new ArrayList<>();
        List<Double> rest = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Workspace edited = workspace.withFile("Makefile", (i % 2 == 0 ? "# edited\n" : "") + makefile, 1000 + i);
            make.add(millis(() -> planner.planEach(edited, "Makefile"::equals, graph)));
            docker.add(millis(() -> planner.planEach(edited, "Dockerfile"::equals, graph)));
            incremental.analyze(edited, AnalysisOptions.DEFAULTS);
            rest.add(millis(() -> incremental.analyze(edited, AnalysisOptions.DEFAULTS)));
        }
        PipelineBenchmarkTest.report("  planning the 1,000-line Makefile alone (graph walked)", make.subList(10, 40));
        PipelineBenchmarkTest.report("  planning the Dockerfile alone, for comparison (kept by an edit)", docker.subList(10, 40));
        PipelineBenchmarkTest.report("  re-analysis with nothing to plan (compare, rules, suppressions)", rest.subList(10, 40));
    }

    private static double millis(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** Waits for a publish of the Makefile whose first diagnostic starts on {@code line} (any line when -1); returns that line. */
    private static int firstLineOfMakefile(QueueingClient client, String uri, int line, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            Received received = client.publishes.poll(100, TimeUnit.MILLISECONDS);
            if (received != null && received.params().getUri().equals(uri) && !received.params().getDiagnostics().isEmpty()) {
                int first = received.params().getDiagnostics().get(0).getRange().getStart().getLine();
                if (line < 0 || first == line) {
                    return first;
                }
            }
        }
        throw new AssertionError("no diagnostics for the Makefile within " + seconds + " s");
    }

    private static long awaitMakefile(QueueingClient client, String uri, int line, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            Received received = client.publishes.poll(100, TimeUnit.MILLISECONDS);
            if (received != null && received.params().getUri().equals(uri) && !received.params().getDiagnostics().isEmpty()
                    && received.params().getDiagnostics().get(0).getRange().getStart().getLine() == line) {
                return received.nanos();
            }
        }
        throw new AssertionError("no publish for the Makefile with its first diagnostic on line " + line);
    }
}
