package dev.cgoguard.gopkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indexes a generated workspace of 5,500 Go files (500 packages of 11 files, each importing the
 * next packages, some std packages, one with cgo) and prints how long the graph and a reach take.
 * Prints figures only: timing depends on the machine.
 */
class GraphSpeedTest {
    private static final int PACKAGES = 500;
    private static final int FILES_PER_PACKAGE = 11;

    @TempDir
    Path dir;

    @Test
    void indexesFiveThousandFiveHundredFiles() throws IOException {
        Files.writeString(dir.resolve("go.mod"), "module example.com/big\n\ngo 1.22\n");
        for (int p = 0; p < PACKAGES; p++) {
            Path pkgDir = Files.createDirectories(dir.resolve("pkg/p" + p));
            for (int f = 0; f < FILES_PER_PACKAGE; f++) {
                StringBuilder text = new StringBuilder("// Copyright 2026 The Authors.\n\n");
                if (f == 1) {
                    text.append("//go:build linux || darwin\n\n");
                }
                text.append("package p").append(p).append("\n\n");
                if (p == 7 && f == 0) {
                    text.append("// #cgo LDFLAGS: -lm\n// #include <math.h>\nimport \"C\"\n\n");
                }
                text.append("import (\n\t\"fmt\"\n\t\"strings\"\n");
                if (p + 1 < PACKAGES && f == 0) {
                    text.append("\t\"example.com/big/pkg/p").append(p + 1).append("\"\n");
                }
                if (p + 2 < PACKAGES && f == 2) {
                    text.append("\tnext \"example.com/big/pkg/p").append(p + 2).append("\"\n");
                }
                if (p == PACKAGES - 1 && f == 3) {
                    text.append("\t\"net/http\"\n\t\"os/user\"\n");
                }
                text.append(")\n\n");
                for (int line = 0; line < 40; line++) {
                    text.append("func f").append(f).append('_').append(line).append("() string { return fmt.Sprint(strings.ToUpper(\"x\")) }\n");
                }
                Files.writeString(pkgDir.resolve("file" + f + ".go"), text);
            }
        }
        Files.writeString(dir.resolve("main.go"), "package main\n\nimport _ \"example.com/big/pkg/p0\"\n");

        Workspace workspace = new WorkspaceScanner().scan(dir);
        assertEquals(PACKAGES * FILES_PER_PACKAGE + 1, workspace.filesOfKind(dev.cgoguard.workspace.FileKind.GO).size());
        PackageReach reach = null;
        for (int round = 1; round <= 6; round++) {
            Workspace snapshot = workspace.withFile("main.go", "package main\n\nimport _ \"example.com/big/pkg/p0\"\n// " + round + "\n", round);
            long start = System.nanoTime();
            GoPackageGraph graph = GoPackageGraph.of(snapshot, GoEnvironment.none());
            long indexed = System.nanoTime();
            reach = graph.reach("", List.of("./..."), GoFixture.CGO_ON);
            long walked = System.nanoTime();
            System.out.printf("round %d: graph %.1f ms, reach ./... %.1f ms (%d targets)%n", round,
                    (indexed - start) / 1e6, (walked - indexed) / 1e6, reach.targets().size());
            clearHeaderCacheForColdRounds(round);
        }
        assertEquals(PACKAGES + 1, reach.targets().size());
        assertEquals("example.com/big/pkg/p7", reach.cgoPackages().get(0).importPath());
        assertFalse(reach.resolver().isEmpty());
    }

    /** Rounds 1-3 parse every header again (cold cache), later rounds re-use the parses of unchanged files. */
    private static void clearHeaderCacheForColdRounds(int round) {
        if (round < 3) {
            WorkspaceHeaders.clearForTests();
        }
    }
}
