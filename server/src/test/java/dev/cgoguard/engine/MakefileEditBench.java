package dev.cgoguard.engine;

import com.sun.management.OperatingSystemMXBean;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Analyses a real workspace as the editor does, then edits one build file many times (a comment
 * line added at the top, then taken away again, as the editor benchmark does; or, with
 * {@code content}, a line {@code GO_FLAGS += -v} added before the first line that starts with
 * {@code DYN_GO_FLAGS}, or at the top when there is none, then taken away again) and prints the CPU
 * time of the whole process and the wall time per edit's analysis (median, 95th percentile), the
 * first analysis's figures and a digest of the findings. An instrument, not a test:
 *
 * <pre>java -cp server/target/test-classes:server/target/cgoguard.jar dev.cgoguard.engine.MakefileEditBench ROOT [FILE] [EDITS] [comment|content]</pre>
 */
public final class MakefileEditBench {
    private MakefileEditBench() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        String file = args.length > 1 ? args[1] : "Makefile";
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        boolean content = args.length > 3 && args[3].equals("content");
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long w0 = System.nanoTime();
        long c0 = os.getProcessCpuTime();
        Workspace disk = new WorkspaceScanner().scan(root);
        IncrementalAnalyzer analyzer = new IncrementalAnalyzer(new Analyzer());
        String text = disk.file(file).orElseThrow().content();
        AnalysisResult first = analyzer.analyze(disk.withFile(file, text, 1), AnalysisOptions.DEFAULTS);
        System.out.printf("%s %s: first analysis wall %.0f ms, cpu %.0f ms; %d plans, %d findings, digest %08x%n", root,
                file, (System.nanoTime() - w0) / 1e6, (os.getProcessCpuTime() - c0) / 1e6, first.plans().size(),
                first.findings().size(), first.findings().toString().hashCode());
        String edited = "# edited by the benchmark\n" + text;
        if (content) {
            int at = text.startsWith("DYN_GO_FLAGS") ? 0 : text.indexOf("\nDYN_GO_FLAGS") + 1;
            edited = text.substring(0, at) + "GO_FLAGS += -v\n" + text.substring(at);
        }
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        long allocated = 0;
        int warmup = Math.max(10, edits / 4);
        int digestEdited = 0;
        for (int i = 0; i < warmup + edits; i++) {
            Workspace snapshot = disk.withFile(file, i % 2 == 0 ? edited : text, i + 2);
            long w = System.nanoTime();
            long c = os.getProcessCpuTime();
            long a = allocatedBytes();
            AnalysisResult result = analyzer.analyze(snapshot, AnalysisOptions.DEFAULTS);
            if (i >= warmup) {
                allocated += allocatedBytes() - a;
                cpu.add(os.getProcessCpuTime() - c);
                wall.add(System.nanoTime() - w);
            }
            if (i % 2 == 0) {
                digestEdited = result.findings().toString().hashCode();
            }
        }
        System.out.printf("%d %s edits after %d warm-up; edited findings digest %08x%n", edits, content ? "content" : "comment",
                warmup, digestEdited);
        System.out.printf("wall ms p50 %.2f p95 %.2f; process cpu ms p50 %.2f p95 %.2f mean %.2f%n", percentile(wall, 50),
                percentile(wall, 95), percentile(cpu, 50), percentile(cpu, 95),
                cpu.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6);
        System.out.printf("allocated per edit %.1f MB (all threads)%n", allocated / (double) edits / (1 << 20));
    }

    /** Bytes allocated so far by the threads alive now (the analysis runs on this one and the common pool's). */
    private static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(0, bytes);
        }
        return sum;
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }
}
