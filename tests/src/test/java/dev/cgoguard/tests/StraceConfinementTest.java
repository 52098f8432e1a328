package dev.cgoguard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * server/build/strace-check.sh on the distribution: a lint of a workspace of links to /etc and /, a
 * go.mod replacing a module with / and with a folder beside the workspace, a module in a module cache
 * and commands in every file executes nothing but the JVM, connects nowhere and opens nothing outside
 * the workspace but the JVM's start-up files and the distribution's own files (not GOROOT, not the
 * module cache); with {@code --go-sources} it opens Go sources only under the folders named, and
 * under each of them. Needs strace (Debian's strace package) and a machine that lets it trace.
 */
class StraceConfinementTest {
    @TempDir
    Path scratch;

    @Test
    void aLintOfAHostileWorkspaceExecutesNothingConnectsNowhereAndReadsNothingOutside() throws Exception {
        assumeTrue(runs(scratch.resolve("probe.txt"), "strace", "-f", "-o", "/dev/null", "true") == 0, "strace can trace here");
        Path script = Paths.get("../server/build/strace-check.sh").toAbsolutePath().normalize();
        Path report = scratch.resolve("report.txt");
        int exit = runs(report, "sh", script.toString(), LauncherTest.dist().toString());
        String output = Files.readString(report, StandardCharsets.UTF_8);
        assertEquals(0, exit, output);
        String[] runs = ("\n" + output).split("\n== lint ");
        assertEquals(3, runs.length, "a default lint and one with --go-sources: " + output);
        for (String run : new String[] {runs[1], runs[2]}) {
            assertTrue(run.contains("executed after the JVM started: 0"), output);
            assertTrue(run.contains("opened after the workspace was first read (not the JVM's user lookup): 0"), output);
        }
        assertTrue(runs[1].startsWith("(default settings)"), output);
        assertTrue(runs[1].contains("Go sources opened outside the workspace: 0 "), output);
        assertTrue(runs[1].contains("-- opened outside the workspace, not a start-up file of the JVM:\n  (none)"), output);
        assertTrue(runs[2].startsWith("--go-sources goroot,module-cache,"), output);
        assertTrue(runs[2].contains("-- opened outside the workspace and the named folders, not a start-up file of the JVM:\n  (none)"),
                output);
        assertTrue(output.contains("OK: nothing executed but the JVM, no network connection, nothing read outside the workspace by default"),
                output);
    }

    private static int runs(Path output, String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        } catch (IOException notInstalled) {
            return -1;
        }
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished within two minutes");
        return process.exitValue();
    }
}
