package dev.cgoguard.lsp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;

/**
 * The editor's edit of one file of a real workspace, in-process: the production server is started on
 * the workspace, the file opened, and then a line pair is added after the file's first FROM (or at the
 * top of a Makefile) and taken away again, with a pause before each edit as between bursts of typing.
 * Prints, per edit, the wall time to the publish, the CPU time and allocation of the analysis thread,
 * the CPU time of the analysis thread and the common pool's workers it hands work to (what the
 * analysis costs, without the compiler's and the protocol's threads), the collectors' time, and a digest of what was published in each of the two states (to see that two
 * builds publish the same). An instrument, not a test:
 *
 * <pre>java -cp server/target/test-classes:server/target/cgoguard.jar dev.cgoguard.lsp.DocumentEditBench ROOT [FILE] [EDITS]</pre>
 */
public final class DocumentEditBench {
    private DocumentEditBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        String file = args.length > 1 ? args[1] : "Dockerfile";
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int warmup = Math.max(10, edits / 4);
        Path path = root.resolve(file);
        String text = Files.readString(path);
        boolean dockerfile = file.contains("Dockerfile");
        String[] lines = text.split("\n", -1);
        int at = 0;
        String added = "# edited by the benchmark\n";
        if (dockerfile) {
            while (!lines[at].regionMatches(true, 0, "FROM ", 0, 5)) {
                at++;
            }
            at++;
            added = "MAINTAINER bench\nRUN CGO_ENABLED=0 go build -a -o /tmp/bench .\n";
        }
        int addedLines = (int) added.chars().filter(c -> c == '\n').count();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (LspTestSession session = new LspTestSession(LanguageServerSetup.production())) {
            session.initialize(root);
            String uri = LspTestSession.uri(path);
            session.open(path, 1, text);
            long analysisThread = settled(threads, 300_000);
            List<Long> wall = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            List<Long> allocated = new ArrayList<>();
            List<Long> processCpu = new ArrayList<>();
            List<Long> analysisCpu = new ArrayList<>();
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long gcMillis = 0;
            int[] digests = new int[2];
            int version = 1;
            for (int i = 0; i < warmup + edits; i++) {
                Thread.sleep(150);
                boolean adding = i % 2 == 0;
                Range range = adding ? new Range(new Position(at, 0), new Position(at, 0))
                        : new Range(new Position(at, 0), new Position(at + addedLines, 0));
                int seen = session.client.publishes.size();
                long gcBefore = gcMillis();
                long cpuBefore = threads.getThreadCpuTime(analysisThread);
                long allocBefore = threads.getThreadAllocatedBytes(analysisThread);
                long processBefore = os.getProcessCpuTime() - threads.getCurrentThreadCpuTime();
                long analysisBefore = analysisCpu(threads);
                long sent = System.nanoTime();
                session.edit(path, ++version, range, adding ? added : "");
                PublishDiagnosticsParams published = await(session, uri, seen, 5000);
                long took = System.nanoTime() - sent;
                Thread.sleep(20); // the analysis thread has finished what follows the publish
                if (i >= warmup) {
                    wall.add(took);
                    cpu.add(threads.getThreadCpuTime(analysisThread) - cpuBefore);
                    processCpu.add(os.getProcessCpuTime() - threads.getCurrentThreadCpuTime() - processBefore);
                    allocated.add(threads.getThreadAllocatedBytes(analysisThread) - allocBefore);
                    analysisCpu.add(analysisCpu(threads) - analysisBefore);
                    gcMillis += gcMillis() - gcBefore;
                }
                digests[adding ? 0 : 1] = published == null ? -1 : published.getDiagnostics().toString().hashCode();
            }
            System.out.printf("%s %s: %d edits after %d warm-up; published digests %08x (added) %08x (removed)%n", root,
                    file, edits, warmup, digests[0], digests[1]);
            System.out.printf("wall ms p50 %.2f p95 %.2f; analysis cpu ms p50 %.2f p95 %.2f mean %.2f;"
                    + " process cpu but the waiting thread ms p50 %.2f p95 %.2f; analysis and pool workers cpu ms p50 %.2f"
                    + " p95 %.2f mean %.2f; allocated MB p50 %.1f; gc ms per edit %.2f%n",
                    percentile(wall, 50), percentile(wall, 95), percentile(cpu, 50), percentile(cpu, 95),
                    cpu.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6, percentile(processCpu, 50),
                    percentile(processCpu, 95), percentile(analysisCpu, 50), percentile(analysisCpu, 95),
                    analysisCpu.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6, percentile(allocated, 50),
                    (double) gcMillis / edits);
        }
        System.exit(0);
    }

    private static PublishDiagnosticsParams await(LspTestSession session, String uri, int seen, long millis)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < deadline) {
            List<PublishDiagnosticsParams> all = session.client.publishes;
            for (int i = seen; i < all.size(); i++) {
                if (all.get(i).getUri().equals(uri)) {
                    return all.get(i);
                }
            }
            LockSupport.parkNanos(50_000);
        }
        return null;
    }

    /** Waits until the first analysis has run (the file may have nothing to report) and returns its thread's id. */
    private static long settled(ThreadMXBean threads, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        long last = -1;
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            Thread analysis = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("cgoguard-analysis")).findFirst().orElse(null);
            if (analysis == null) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(analysis.getId());
            if (cpu > 0 && cpu == last && analysis.getState() == Thread.State.WAITING) {
                return analysis.getId();
            }
            last = cpu;
        }
        throw new IllegalStateException("the first analysis did not end within " + millis + " ms");
    }

    /** The CPU time so far of the analysis thread and of the common pool's workers (alive now). */
    private static long analysisCpu(ThreadMXBean threads) {
        long sum = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            String name = thread.getName();
            if (name.equals("cgoguard-analysis") || name.startsWith("ForkJoinPool.commonPool-worker")) {
                sum += Math.max(0, threads.getThreadCpuTime(thread.getId()));
            }
        }
        return sum;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    private static double percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }
}
