package dev.cgoguard.tests.bench;

import dev.cgoguard.docker.DockerfileEvaluator;
import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.engine.AnalysisResult;
import dev.cgoguard.engine.Analyzer;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the analysis on large inputs and prints the figures; it asserts nothing about time
 * (speed is measured, not tested). Run with {@code mvn -B -pl tests -am verify -Dgroups=benchmark -Dcgoguard.excludedGroups=}.
 */
@Tag("benchmark")
class PipelineBenchmarkTest {
    @TempDir
    Path scratch;

    @Test
    void generatedMonorepo() throws IOException {
        Path root = Workloads.goMonorepo(scratch, 550, 10);
        long scanStart = System.nanoTime();
        Workspace workspace = new WorkspaceScanner().scan(root);
        double scanMs = (System.nanoTime() - scanStart) / 1e6;
        report("scan of 5,500 Go files + Makefile + Dockerfile", List.of(scanMs));
        Analyzer analyzer = new Analyzer();
        AnalysisResult first = analyzer.analyze(workspace, AnalysisOptions.DEFAULTS);
        System.out.printf("plans: %d, findings: %d%n", first.plans().size(), first.findings().size());
        report("plan + lint, same snapshot, after warm-up", time(10, () -> analyzer.analyze(workspace, AnalysisOptions.DEFAULTS)));
        report("plan + lint, fresh analyzer (cold trees)", time(5, () -> new Analyzer().analyze(workspace, AnalysisOptions.DEFAULTS)));
    }

    @Test
    void goStandardLibrary() throws IOException {
        Path src = goRootSources();
        if (src == null) {
            System.out.println("no Go standard library sources on this machine (GOROOT, /usr/lib/go/src): skipped");
            return;
        }
        Workspace workspace = new WorkspaceScanner().scan(src);
        long goFiles = workspace.files().keySet().stream().filter(p -> p.endsWith(".go")).count();
        Analyzer analyzer = new Analyzer();
        analyzer.analyze(workspace, AnalysisOptions.DEFAULTS);
        report("plan + lint of " + src + " (" + goFiles + " Go files)", time(5, () -> analyzer.analyze(workspace, AnalysisOptions.DEFAULTS)));
        report("scan + plan + lint of the standard library, fresh", time(3, () -> {
            try {
                return new Analyzer().analyze(new WorkspaceScanner().scan(src), AnalysisOptions.DEFAULTS);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    @Test
    void largeDockerfile() throws IOException {
        Path file = scratch.resolve("Dockerfile");
        Files.writeString(file, Workloads.dockerfile(20, 650));
        WorkspaceFile dockerfile = new WorkspaceScanner().scan(scratch).file("Dockerfile").orElseThrow();
        System.out.printf("Dockerfile: %d lines%n", dockerfile.text().lineCount());
        time(200, () -> DockerfileEvaluator.evaluate(dockerfile, java.util.Map.of(), null));
        report("evaluate a 650-line, 20-stage Dockerfile", time(200, () -> DockerfileEvaluator.evaluate(dockerfile, java.util.Map.of(), null)));
    }

    private static Path goRootSources() {
        List<Path> candidates = new ArrayList<>();
        String goroot = System.getenv("GOROOT");
        if (goroot != null) {
            candidates.add(Paths.get(goroot, "src"));
        }
        candidates.add(Paths.get("/usr/lib/go/src"));
        candidates.add(Paths.get("/usr/local/go/src"));
        return candidates.stream().filter(Files::isDirectory).findFirst().orElse(null);
    }

    static List<Double> time(int runs, Supplier<?> work) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return millis;
    }

    static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2);
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        System.out.printf("BENCH %-60s runs=%3d  min=%8.2f ms  p50=%8.2f ms  p95=%8.2f ms%n", what, sorted.size(),
                sorted.get(0), p50, p95);
    }
}
