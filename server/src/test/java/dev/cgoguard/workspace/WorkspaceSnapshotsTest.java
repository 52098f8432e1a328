package dev.cgoguard.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Snapshots made from one another tell which files differ, whichever way they were made. */
class WorkspaceSnapshotsTest {
    private static WorkspaceFile file(String path, String text) {
        return new WorkspaceFile(path, FileKind.classify(path, ""), new SourceText(text), 1);
    }

    private static Workspace disk() {
        return new Workspace(Path.of("/w"), Map.of("Makefile", file("Makefile", "all:\n"), "main.go", file("main.go", "package main\n"),
                "Dockerfile", file("Dockerfile", "FROM scratch\n")), List.of());
    }

    @Test
    void twoOverlaysOfOneSnapshotDifferInTheFilesWhoseTextDiffers() {
        Workspace disk = disk();
        Workspace a = disk.withFile("Makefile", "all:\n\tgo build\n", 2);
        Workspace b = disk.withFile("Makefile", "all:\n\tgo build\n", 3).withFile("main.go", "package main\n", 4);
        Workspace c = disk.withFile("Dockerfile", "FROM alpine\n", 5);

        assertEquals(Set.of(), a.changedPaths(b), "the same texts under other versions are no change");
        assertEquals(Set.of("Makefile", "Dockerfile"), a.changedPaths(c));
        assertEquals(Set.of("Makefile"), disk.changedPaths(a), "a snapshot and its overlay");
        assertEquals(Set.of("Makefile", "Dockerfile"), a.changedPaths(c.withFile("Dockerfile", "FROM alpine\n", 6)));
    }

    @Test
    void snapshotsWithOtherPathsAreNotComparable() {
        Workspace disk = disk();
        assertNull(disk.changedPaths(disk.withoutFile("main.go")));
        assertNull(disk.withFile("Makefile", "x:\n", 2).changedPaths(disk.withFile("other.mk", "x:\n", 3)));
    }

    @Test
    void anOverlayKeepsThePathOrderAndTheOtherFiles() {
        Workspace overlay = disk().withFile("b.go", "package main\n", 2);
        assertEquals(List.of("Dockerfile", "Makefile", "b.go", "main.go"), List.copyOf(overlay.files().keySet()));
        assertEquals("FROM scratch\n", overlay.file("Dockerfile").orElseThrow().content());

        Workspace twice = overlay.withFile("Makefile", "all:\n\tgo build\n", 3);
        assertEquals(4, twice.files().size());
        assertEquals(List.of("Dockerfile", "Makefile", "b.go", "main.go"), List.copyOf(twice.files().keySet()));
        assertEquals("all:\n\tgo build\n", twice.files().get("Makefile").content());
        assertEquals("package main\n", twice.files().get("b.go").content(), "the first overlay's file stays");
        Workspace removed = disk().withFile("Makefile", "x:\n", 2).withoutFile("main.go");
        assertEquals(Map.of("Dockerfile", "FROM scratch\n", "Makefile", "x:\n"),
                Map.of("Dockerfile", removed.files().get("Dockerfile").content(), "Makefile", removed.files().get("Makefile").content()));
        assertEquals(2, removed.files().size());
    }
}
