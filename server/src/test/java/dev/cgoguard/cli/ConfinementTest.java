package dev.cgoguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing outside the workspace is read or written, whatever its links and go.mod say: the
 * workspace of a file argument is its own folder (never its link target's), links that lead out are
 * refused, and a local replacement outside the workspace is not read.
 */
class ConfinementTest {
    private static final String GO_MOD = "module example.com/app\n\ngo 1.22\n";
    private static final String STATIC_BUILD = "build:\n\tCGO_ENABLED=1 go build -ldflags '-linkmode external -extldflags -static' .\n";

    @TempDir
    Path tmp;
    Path workspace;
    Path outside;

    @BeforeEach
    void layout() throws IOException {
        workspace = Files.createDirectories(tmp.resolve("workspace"));
        outside = Files.createDirectories(tmp.resolve("outside"));
        // what the outside folder holds would be reported if it were ever read
        CliRun.write(outside.resolve("go.mod"), "module example.com/outside\n\ngo 1.22\n");
        CliRun.write(outside.resolve("main.go"), "package main\n\nimport \"net\"\n\nfunc main() { net.LookupHost(\"x\") }\n");
        CliRun.write(outside.resolve("Makefile"), STATIC_BUILD);
        CliRun.write(outside.resolve("release.sh"), "#!/bin/sh\nCGO_ENABLED=1 go build -ldflags '-linkmode external -extldflags -static' .\n");
    }

    @Test
    void aFileArgumentThatLinksOutsideLintsItsOwnFolderAndRefusesTheLink() throws IOException {
        CliRun.write(workspace.resolve("go.mod"), GO_MOD);
        Files.createSymbolicLink(workspace.resolve("Dockerfile"), outside.resolve("Makefile"));
        CliRun run = CliRun.run("lint", "--format", "json", workspace.resolve("Dockerfile").toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("Dockerfile: skipped: symbolic link to " + outside.toRealPath().resolve("Makefile")
                + ", outside the workspace"), run.err());
        assertFalse(run.out().contains("release.sh") || run.out().contains("static-glibc-nss"), "the link's folder is never linted: " + run.out());
    }

    @Test
    void aLinkedFolderInsideTheWorkspaceDoesNotLeadTheScanOut() throws IOException {
        CliRun.write(workspace.resolve("go.mod"), GO_MOD);
        Files.createSymbolicLink(workspace.resolve("vendored"), outside);
        CliRun run = CliRun.run("lint", workspace.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals("", run.out());
    }

    @Test
    void aSymbolicLinkToAFolderNamedOnTheCommandLineIsRefusedNotFollowed() throws IOException {
        Path link = Files.createSymbolicLink(workspace.resolve("elsewhere"), outside);
        CliRun run = CliRun.run("lint", link.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("is a symbolic link to the folder"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void fixDoesNotWriteAFileArgumentThatLinksOutside() throws IOException {
        CliRun.write(workspace.resolve("go.mod"), GO_MOD);
        CliRun.write(workspace.resolve("main.go"), "package main\n\nimport \"net\"\n\nfunc main() { net.LookupHost(\"x\") }\n");
        Files.createDirectories(workspace.resolve("link"));
        Files.createSymbolicLink(workspace.resolve("link/Makefile"), outside.resolve("Makefile"));
        CliRun run = CliRun.run("lint", "--fix", workspace.resolve("link/Makefile").toString());
        assertEquals(STATIC_BUILD, CliRun.read(outside.resolve("Makefile")));
        assertFalse(run.err().contains("fixed:"), run.err());
        assertTrue(run.err().contains("outside the workspace"), run.err());
    }

    @Test
    void aLocalReplacementOutsideTheWorkspaceIsNotRead() throws IOException {
        CliRun.write(workspace.resolve("go.mod"), GO_MOD + "\nrequire example.com/outside v1.0.0\n\nreplace example.com/outside => ../outside\n");
        CliRun.write(workspace.resolve("main.go"), "package main\n\nimport _ \"example.com/outside\"\n\nfunc main() {}\n");
        CliRun.write(workspace.resolve("Makefile"), STATIC_BUILD);
        CliRun run = CliRun.run("lint", "--format", "json", workspace.toString());
        assertFalse(run.out().contains("net's cgo DNS resolver"), "the replacement's imports are not known: " + run.out());
        assertFalse(run.out().contains("static-glibc-nss"), run.out());
    }
}
