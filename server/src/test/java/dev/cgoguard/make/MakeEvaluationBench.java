package dev.cgoguard.make;

import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Evaluates one Makefile of a real workspace many times in one JVM and prints the wall and CPU
 * time per evaluation (median, 95th percentile) and what it gave. An instrument, not a test:
 *
 * <pre>java -cp server/target/test-classes:server/target/cgoguard.jar dev.cgoguard.make.MakeEvaluationBench ROOT [MAKEFILE] [RUNS]</pre>
 */
public final class MakeEvaluationBench {
    private MakeEvaluationBench() {
    }

    public static void main(String[] args) throws java.io.IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        String makefile = args.length > 1 ? args[1] : "Makefile";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Workspace workspace = new WorkspaceScanner().scan(root);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Long> wall = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        MakeEvaluation last = null;
        int warmup = Math.max(5, runs / 4);
        for (int i = 0; i < warmup + runs; i++) {
            long w = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            last = new MakeEvaluator(workspace).evaluate(makefile, Map.of());
            if (i >= warmup) {
                cpu.add(threads.getCurrentThreadCpuTime() - c);
                wall.add(System.nanoTime() - w);
            }
        }
        System.out.printf("%s %s: %d runs after %d warm-up; %d recipe lines, %d problems, %d files read, digest %08x%n",
                root, makefile, runs, warmup, last.commands().size(), last.problems().size(), last.filesRead().size(),
                digest(last));
        System.out.printf("wall ms p50 %.2f p95 %.2f; cpu ms p50 %.2f p95 %.2f%n", percentile(wall, 50),
                percentile(wall, 95), percentile(cpu, 50), percentile(cpu, 95));
    }

    /** A hash of everything the evaluation gave, to see that two builds give the same. */
    private static int digest(MakeEvaluation evaluation) {
        StringBuilder all = new StringBuilder();
        for (MakeCommandLine line : evaluation.commands()) {
            all.append(line.makefile()).append(' ').append(line.target()).append(' ').append(line.range()).append(' ')
                    .append(MakeUnknown.display(line.command())).append(' ').append(line.environment()).append(' ')
                    .append(line.workingDirectory()).append(' ').append(line.conditions()).append('\n');
        }
        evaluation.problems().forEach(p -> all.append(p).append('\n'));
        return all.toString().hashCode();
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }
}
