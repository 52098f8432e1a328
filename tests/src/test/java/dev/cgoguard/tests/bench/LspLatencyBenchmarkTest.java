package dev.cgoguard.tests.bench;

import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.engine.AnalysisResult;
import dev.cgoguard.engine.Analyzer;
import dev.cgoguard.engine.IncrementalAnalyzer;
import dev.cgoguard.gopkg.GoPackageGraph;
import dev.cgoguard.lsp.CgoguardLanguageServerLauncher;
import dev.cgoguard.lsp.LanguageServerSetup;
import dev.cgoguard.plan.BuildInputs;
import dev.cgoguard.plan.BuildPlanner;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * workspace of 5,000 Go files with a 1,000-line Makefile and a 650-line Dockerfile open, for two
 * Makefiles: one as projects write them and a stress one with a failing go build every five lines.
 * Every edit changes the Makefile's diagnostics, so each one must be answered by a publish. Prints
 * figures; asserts nothing about time. Run with
 * {@code mvn -B -pl tests -am test -Dtest=LspLatencyBenchmarkTest -Dgroups=benchmark -Dcgoguard.excludedGroups=}.
 */
@Tag("benchmark")
class LspLatencyBenchmarkTest {
    private static final int WARM_UP = 150;
    private static final int MEASURED = 120;
    private static final int CORE_WARM_UP = 1000;
    /** The server's own delay: edits closer than this are a burst and wait it out; the benchmark pauses longer between edits. */
    private static final long DEBOUNCE_MILLIS = LanguageServerSetup.DEFAULT_DEBOUNCE_MILLIS;

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

    /**
     * One edit of the Makefile and how to recognise the publish that answers it: the number of the
     * Makefile's diagnostics and the line of the first one.
     */
    private record Edit(String kind, Range range, String text, int count, int firstLine) {
    }

    @Test
    void editToPublishOnAFiveThousandFileWorkspace() throws Exception {
        measure("project Makefile", Workloads.projectMakefile(1000), "RELEASE_LDFLAGS)' -o dist/");
        measure("stress Makefile (a failing go build every 5 lines)", Workloads.makefile(1000), "build -ldflags");
    }

    /**
     * Opens the Makefile and the Dockerfile of a 5,000-file workspace and measures, after warm-up,
     * the time from each edit to the publish of the Makefile's new diagnostics, with the server's
     * default debounce delay and a pause longer than it before each edit (a burst of keystrokes
     * waits out the delay by design; the burst test of the server covers that). The edits cycle
     * through: a line added at the top (every diagnostic moves), that line removed, a fix typed
     * into the first go command whose line is {@code fixableLine} (its finding goes), and that fix
     * removed again.
     */
    private void measure(String label, String makefile, String fixableLine) throws Exception {
        Path root = Files.createDirectories(scratch.resolve(label.split(" ")[0]));
        Workloads.goMonorepo(root, 500, 10, makefile);
        Analyzer analyzer = new Analyzer();
        IncrementalAnalyzer incremental = new IncrementalAnalyzer(analyzer);
        List<Double> analysisMillis = new java.util.concurrent.CopyOnWriteArrayList<>();
        BiFunction<Workspace, AnalysisOptions, AnalysisResult> timed = (workspace, options) -> {
            long start = System.nanoTime();
            AnalysisResult result = incremental.analyze(workspace, options);
            analysisMillis.add((System.nanoTime() - start) / 1e6);
            return result;
        };
        warmUpTheCore(incremental, root, makefile);
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
        String dockerfile = Files.readString(root.resolve("Dockerfile"));
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(makefileUri, "make", 1, makefile)));
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(root.resolve("Dockerfile").toUri().toString(), "dockerfile", 1, dockerfile)));
        PublishDiagnosticsParams first = awaitMakefile(client, makefileUri, p -> true, 600);
        int count = first.getDiagnostics().size();
        int baseLine = first.getDiagnostics().get(0).getRange().getStart().getLine();
        System.out.printf("BENCH %s: first scan + analysis until the Makefile's diagnostics: %.0f ms (%d Makefile lines,"
                + " %d diagnostics on it, %d Dockerfile lines)%n", label, (System.nanoTime() - scanStart) / 1e6,
                makefile.split("\n").length, count, dockerfile.split("\n").length);

        List<Edit> cycle = editCycle(makefile, fixableLine, count, baseLine);
        Map<String, List<Double>> latencies = new java.util.TreeMap<>();
        List<Double> all = new ArrayList<>();
        int version = 1;
        for (int edit = 0; edit < WARM_UP + MEASURED; edit++) {
            Edit next = cycle.get(edit % cycle.size());
            Thread.sleep(DEBOUNCE_MILLIS + 5); // a pause in typing: this edit is not part of a burst
            client.publishes.clear();
            long sent = System.nanoTime();
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(makefileUri, ++version),
                    List.of(new TextDocumentContentChangeEvent(next.range(), next.text()))));
            long arrived = awaitReceived(client, makefileUri, p -> p.getDiagnostics().size() == next.count()
                    && (next.firstLine() < 0 || p.getDiagnostics().get(0).getRange().getStart().getLine() == next.firstLine()),
                    60).nanos();
            if (edit == WARM_UP - 1) {
                analysisMillis.clear();
            }
            if (edit >= WARM_UP) {
                double millis = (arrived - sent) / 1e6;
                latencies.computeIfAbsent(next.kind(), k -> new ArrayList<>()).add(millis);
                all.add(millis);
            }
        }
        PipelineBenchmarkTest.report(label + ": LSP edit -> publishDiagnostics (debounce " + DEBOUNCE_MILLIS + " ms)", all);
        latencies.forEach((kind, millis) -> PipelineBenchmarkTest.report("  " + kind, millis));
        PipelineBenchmarkTest.report("  of which the (incremental) core analysis", analysisMillis);
        server.shutdown().get(30, TimeUnit.SECONDS);
        server.exit();
        breakdown(root);
    }

    /**
     * A server that has been running a while has its analysis compiled by the JIT; a few hundred LSP
     * edits at one every 100 ms do not get there. So the core first analyses the workspace with its
     * Makefile edited {@value #CORE_WARM_UP} times, in-process.
     */
    private static void warmUpTheCore(IncrementalAnalyzer incremental, Path root, String makefile) throws Exception {
        Workspace scanned = new WorkspaceScanner().scan(root);
        for (int i = 0; i < CORE_WARM_UP; i++) {
            incremental.analyze(scanned.withFile("Makefile", (i % 2 == 0 ? "# warming up\n" : "") + makefile, i + 2),
                    AnalysisOptions.DEFAULTS);
        }
    }

    /** The four edits of a cycle, which ends where it began. */
    private static List<Edit> editCycle(String makefile, String fixableLine, int count, int baseLine) {
        String[] lines = makefile.split("\n", -1);
        int line = 0;
        while (!lines[line].contains(fixableLine)) {
            line++;
        }
        Position fixAt = new Position(line, lines[line].indexOf(" -ldflags"));
        int firstAfterFix = line == baseLine && count > 1 ? -1 : baseLine;
        Range top = new Range(new Position(0, 0), new Position(0, 0));
        return List.of(
                new Edit("line added at the top (every diagnostic moves)", top, "# edited\n", count, baseLine + 1),
                new Edit("line removed at the top (every diagnostic moves)", new Range(new Position(0, 0), new Position(1, 0)),
                        "", count, baseLine),
                new Edit("fix typed into a go command (its finding goes)", new Range(fixAt, fixAt), " -tags netgo,osusergo",
                        count - 1, firstAfterFix),
                new Edit("fix removed again (its finding comes back)",
                        new Range(fixAt, new Position(line, fixAt.getCharacter() + " -tags netgo,osusergo".length())), "",
                        count, baseLine));
    }

    /** Where the time of one re-analysis after a Makefile edit goes: its parts measured alone. */
    private static void breakdown(Path root) throws Exception {
        Workspace workspace = new WorkspaceScanner().scan(root);
        Analyzer analyzer = new Analyzer();
        IncrementalAnalyzer incremental = new IncrementalAnalyzer(analyzer);
        incremental.analyze(workspace, AnalysisOptions.DEFAULTS);
        String makefile = workspace.file("Makefile").orElseThrow().content();
        GoPackageGraph graph = GoPackageGraph.of(workspace);
        BuildPlanner planner = new BuildPlanner(analyzer.trees(), BuildInputs.NONE);
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

    /** Waits for a publish of the Makefile with diagnostics that {@code wanted} accepts. */
    private static PublishDiagnosticsParams awaitMakefile(QueueingClient client, String uri,
            java.util.function.Predicate<PublishDiagnosticsParams> wanted, int seconds) throws InterruptedException {
        return awaitReceived(client, uri, wanted, seconds).params();
    }

    private static Received awaitReceived(QueueingClient client, String uri,
            java.util.function.Predicate<PublishDiagnosticsParams> wanted, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            Received received = client.publishes.poll(100, TimeUnit.MILLISECONDS);
            if (received != null && received.params().getUri().equals(uri) && !received.params().getDiagnostics().isEmpty()
                    && wanted.test(received.params())) {
                return received;
            }
        }
        throw new AssertionError("no publish of the Makefile's expected diagnostics within " + seconds + " s");
    }
}
