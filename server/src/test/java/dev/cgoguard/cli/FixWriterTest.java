package dev.cgoguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cgoguard.workspace.PathGate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --fix} writes only the file it checked, only inside the workspace, and keeps everything about it but its text. */
class FixWriterTest {
    private static final String BEFORE = "build:\n\tgo build .\n";
    private static final String AFTER = "build:\n\tCGO_ENABLED=0 go build .\n";

    @TempDir
    Path tmp;

    private Path workspace() throws IOException {
        return Files.createDirectories(tmp.resolve("workspace"));
    }

    @Test
    void aLinkSwappedInDuringTheRunIsRefusedEvenWhenItsTargetHoldsTheSameText() throws IOException {
        Path workspace = workspace();
        PathGate gate = PathGate.of(workspace);
        Path makefile = workspace.resolve("Makefile");
        Files.writeString(makefile, BEFORE);
        // between the analysis and the write, the file becomes a link to a file outside with the same text
        Path victim = Files.writeString(tmp.resolve("victim"), BEFORE);
        Files.delete(makefile);
        Files.createSymbolicLink(makefile, victim);
        FixWriter.RefusedException refused = assertThrows(FixWriter.RefusedException.class,
                () -> FixWriter.write(gate, makefile, BEFORE, AFTER));
        assertTrue(refused.getMessage().contains("outside the workspace"), refused.getMessage());
        assertEquals(BEFORE, Files.readString(victim));
        assertTrue(Files.isSymbolicLink(makefile));
    }

    @Test
    void aReadOnlyFileIsRefused() throws IOException {
        Path workspace = workspace();
        Path makefile = Files.writeString(workspace.resolve("Makefile"), BEFORE);
        Files.setPosixFilePermissions(makefile, PosixFilePermissions.fromString("r--r--r--"));
        FixWriter.RefusedException refused = assertThrows(FixWriter.RefusedException.class,
                () -> FixWriter.write(PathGate.of(workspace), makefile, BEFORE, AFTER));
        assertTrue(refused.getMessage().contains("read-only"), refused.getMessage());
        assertEquals(BEFORE, Files.readString(makefile));
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(makefile)));
    }

    @Test
    void ownerGroupAndTheSetgidBitAreKept() throws IOException {
        assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a file to another owner");
        Path workspace = workspace();
        Path makefile = Files.writeString(workspace.resolve("Makefile"), BEFORE);
        UserPrincipalLookupService users = makefile.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(makefile, PosixFileAttributeView.class);
        view.setOwner(users.lookupPrincipalByName("nobody"));
        GroupPrincipal nogroup = users.lookupPrincipalByGroupName("nogroup");
        view.setGroup(nogroup);
        Files.setAttribute(makefile, "unix:mode", 02754);
        FixWriter.write(PathGate.of(workspace), makefile, BEFORE, AFTER);
        assertEquals(AFTER, Files.readString(makefile));
        assertEquals("nobody", Files.getOwner(makefile).getName());
        assertEquals(nogroup, Files.readAttributes(makefile, java.nio.file.attribute.PosixFileAttributes.class).group());
        assertEquals(02754, (int) Files.getAttribute(makefile, "unix:mode") & 07777);
        assertNoTemporaryFiles(workspace);
    }

    @Test
    void theModeBitsOfAFileOfOneselfAreKept() throws IOException {
        Path workspace = workspace();
        Path script = Files.writeString(workspace.resolve("build.sh"), BEFORE);
        Files.setAttribute(script, "unix:mode", 0750);
        FixWriter.write(PathGate.of(workspace), script, BEFORE, AFTER);
        assertEquals(AFTER, Files.readString(script));
        assertEquals(0750, (int) Files.getAttribute(script, "unix:mode") & 07777);
        assertNoTemporaryFiles(workspace);
    }

    @Test
    void aFileWithAnotherHardLinkIsWrittenInPlaceSoEveryLinkSeesTheFix() throws IOException {
        Path workspace = workspace();
        Path makefile = Files.writeString(workspace.resolve("Makefile"), BEFORE);
        Path other = Files.createLink(workspace.resolve("Makefile.copy"), makefile);
        Object inode = Files.readAttributes(makefile, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        FixWriter.write(PathGate.of(workspace), makefile, BEFORE, AFTER);
        assertEquals(AFTER, Files.readString(makefile));
        assertEquals(AFTER, Files.readString(other));
        assertEquals(inode, Files.readAttributes(makefile, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        assertEquals(2, (int) Files.getAttribute(makefile, "unix:nlink"));
        assertNoTemporaryFiles(workspace);
    }

    @Test
    void aLinkToAnotherFileOfTheWorkspaceFixesThatFileAndStaysALink() throws IOException {
        Path workspace = workspace();
        Path real = Files.writeString(Files.createDirectories(workspace.resolve("build")).resolve("Makefile"), BEFORE);
        Path link = Files.createSymbolicLink(workspace.resolve("Makefile"), Path.of("build/Makefile"));
        FixWriter.write(PathGate.of(workspace), link, BEFORE, AFTER);
        assertEquals(AFTER, Files.readString(real));
        assertTrue(Files.isSymbolicLink(link));
    }

    private static void assertNoTemporaryFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".cgoguard-tmp")));
        }
    }
}
