package dev.cgoguard.tests.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's two install lines, run as written with sh in a home of their own, in the folder of
 * the README's example, with a {@link CurlStandIn} for the download: they install the launcher in
 * ~/.local/bin and the lint they end with prints the example's two findings, with no Java on PATH.
 */
class InstallTest {
    @TempDir
    Path scratch;

    @Test
    void theReadmeInstallLinesDownloadUnpackLinkAndLint() throws Exception {
        String install = ReadmeSnippets.block("sh", "releases/download/v");
        assertEquals(2, install.lines().count(), "download and run in two lines: " + install);
        Path home = Files.createDirectories(scratch.resolve("home"));
        CurlStandIn curl = CurlStandIn.in(scratch.resolve("stubs"));
        Path project = Distribution.exampleProject(scratch);
        Path bin = Files.createDirectories(scratch.resolve("bin"));
        for (String tool : List.of("sh", "mkdir", "tar", "gzip", "ln", "dirname", "ls", "sed", "readlink", "cat", "bash")) {
            Files.copy(Path.of("/bin", tool).toRealPath(), bin.resolve(tool), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
        Map<String, String> env = Map.of("HOME", home.toString(),
                "PATH", home.resolve(".local/bin") + ":" + scratch.resolve("stubs") + ":" + bin);

        Command run = Command.run(List.of(bin.resolve("sh").toString(), "-c", install), project, env, 300);

        assertEquals(List.of(CurlStandIn.release("cgoguard-" + Distribution.version() + "-linux-x64.tar.gz")), curl.requested());
        assertTrue(Files.isSymbolicLink(home.resolve(".local/bin/cgoguard")));
        assertEquals(1, run.exit(), run.out() + run.err());
        assertEquals(List.of("Makefile:12:2: info", "Makefile:16:2: error"), ArchivesTest.findingLines(run.out()), run.out());
        assertTrue(run.out().endsWith("2 findings (1 error, 1 info) in 1 file\n"), run.out());
    }
}
