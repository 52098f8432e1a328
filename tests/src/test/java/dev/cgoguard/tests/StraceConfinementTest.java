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
 * go.mod replacing a module with / and commands in every file executes nothing but the JVM, connects
 * nowhere and opens nothing outside the workspace but the JVM's, the distribution's and Go's own
 * files. Needs strace (Debian's strace package) and a machine that lets it trace.
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
        assertTrue(output.contains("executed after the JVM started: 0"), output);
        assertTrue(output.contains("OK: nothing executed but the JVM"), output);
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
