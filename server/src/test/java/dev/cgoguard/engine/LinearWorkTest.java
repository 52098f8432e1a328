package dev.cgoguard.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.testing.WorkMeter;
import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The analysis does work linear in the size of its input: for go commands, Make targets, Dockerfile
 * stages and files, an input ten times the largest measured in real repositories costs about ten
 * times the work of one as large as that largest, never the hundred times a quadratic path would
 * (work counted as bytes allocated, {@link WorkMeter}; never timed).
 *
 * <p>The largest measured (tests/field): 163 go commands in one file (a vendored Makefile of
 * grafana/loki), 209 targets in one Makefile (containers/podman), 59 stages in one Dockerfile
 * (moby/moby), about 18,000 files in one repository (grafana/loki).
 */
class LinearWorkTest {
    /** Ten times the input may cost at most this many times the work (linear: about 10; quadratic: about 100). */
    private static final double MAX_GROWTH = 16;

    private static int workspaces;

    @Test
    void goCommandsOfOneFile() {
        assertLinear("go commands in one Makefile", 1_630, n -> {
            StringBuilder makefile = new StringBuilder();
            for (int i = 0; i < n; i++) {
                makefile.append("t").append(i).append(":\n\tCGO_ENABLED=1 go build -ldflags '-extldflags \"-static\"' -o bin/t")
                        .append(i).append(" .\n");
            }
            return workspace(Map.of("Makefile", makefile.toString()), 1);
        });
    }

    @Test
    void oneGoCommandWrittenManyTimesBySelfEvaluatingMake() {
        assertLinear("ways of one recipe line", 6_100, n -> workspace(Map.of("Makefile", "NUMBERS := " + numbers(n) + "\n"
                + "define RULE\nbuild:: ; CGO_ENABLED=1 go build -ldflags '-extldflags \"-static\"' -o bin/$(1) .\nendef\n"
                + "$(foreach i,$(NUMBERS),$(eval $(call RULE,$(i))))\n"), 1));
    }

    @Test
    void targetsOfOneMakefile() {
        assertLinear("Make targets", 2_090, n -> {
            StringBuilder makefile = new StringBuilder("GOFLAGS := -trimpath\n");
            for (int i = 0; i < n; i++) {
                makefile.append("t").append(i).append(": t").append(i + 1).append("\n\t@echo building t").append(i)
                        .append("\n\tgo vet ./cmd/t").append(i).append('\n');
            }
            makefile.append("t").append(n).append(":\n\tgo build $(GOFLAGS) .\n");
            return workspace(Map.of("Makefile", makefile.toString()), 1);
        });
    }

    @Test
    void stagesOfOneDockerfile() {
        assertLinear("Dockerfile stages", 590, n -> {
            StringBuilder dockerfile = new StringBuilder("ARG GO=1.22\nFROM golang:${GO} AS s0\nWORKDIR /src\nCOPY . .\n"
                    + "RUN CGO_ENABLED=1 go build -o /out/app .\n");
            for (int i = 1; i < n; i++) {
                dockerfile.append("FROM s").append(i - 1).append(" AS s").append(i).append("\nRUN echo ").append(i)
                        .append("\nCOPY --from=s").append(i - 1).append(" /out/app /out/app\n");
            }
            dockerfile.append("FROM scratch\nCOPY --from=s").append(n - 1).append(" /out/app /app\n");
            return workspace(Map.of("Dockerfile", dockerfile.toString()), 1);
        });
    }

    @Test
    void filesOfOneWorkspace() {
        assertLinear("files in a workspace", 180_000, n -> workspace(Map.of("Makefile", "all:\n\tgo build ./...\n"), n));
    }

    /** The work of one analysis of {@code size} and of {@code size / 10}, after one run to warm up. */
    private static void assertLinear(String what, int tenTimesTheLargest, IntFunction<Workspace> input) {
        int largest = tenTimesTheLargest / 10;
        new Analyzer().analyze(input.apply(largest), AnalysisOptions.DEFAULTS);
        Workspace small = input.apply(largest);
        Workspace large = input.apply(tenTimesTheLargest);
        long smallWork = WorkMeter.bytes(() -> new Analyzer().analyze(small, AnalysisOptions.DEFAULTS));
        long largeWork = WorkMeter.bytes(() -> new Analyzer().analyze(large, AnalysisOptions.DEFAULTS));
        double growth = (double) largeWork / smallWork;
        System.out.printf("%s: %,d -> %,d bytes allocated for %,d -> %,d (x%.1f)%n", what, smallWork, largeWork, largest,
                tenTimesTheLargest, growth);
        assertTrue(growth < MAX_GROWTH, what + ": ten times the input cost " + String.format("%.1f", growth) + " times the work");
    }

    /**
     * A workspace in memory (a root nobody reads) with the given build files and {@code goFiles} Go
     * files, ten to a package, each package importing the one before it and every hundredth importing net.
     */
    private static Workspace workspace(Map<String, String> buildFiles, int goFiles) {
        Map<String, WorkspaceFile> files = new TreeMap<>();
        files.put("go.mod", file("go.mod", FileKind.GO_MOD, "module example.com/big\n\ngo 1.22\n"));
        buildFiles.forEach((path, text) -> files.put(path, file(path, FileKind.classify(path, ""), text)));
        for (int i = 0; i < goFiles; i++) {
            int pkg = i / 10;
            String path = (pkg == 0 ? "" : "p" + pkg + "/") + "f" + i + ".go";
            String name = pkg == 0 ? "main" : "p" + pkg;
            String imports = (pkg > 0 && i % 10 == 0 ? "import _ \"example.com/big/p" + (pkg + 1) + "\"\n" : "")
                    + (i % 100 == 0 ? "import _ \"net\"\n" : "");
            files.put(path, file(path, FileKind.GO, "package " + name + "\n\n" + imports + "\nfunc f" + i + "() {}\n"));
        }
        return new Workspace(Path.of("/nonexistent/linear-work-" + ++workspaces), files, List.of());
    }

    private static WorkspaceFile file(String path, FileKind kind, String text) {
        return new WorkspaceFile(path, kind, new SourceText(text), text.hashCode());
    }

    private static String numbers(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            out.append(i).append(' ');
        }
        return out.toString();
    }

    @Test
    void theMeterCountsWhatATaskAllocates() {
        long work = WorkMeter.bytes(() -> new byte[10_000_000]);
        assertTrue(work >= 10_000_000 && work < 11_000_000, "counted " + work);
    }
}
