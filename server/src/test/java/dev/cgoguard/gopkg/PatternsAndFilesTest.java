package dev.cgoguard.gopkg;

import static dev.cgoguard.gopkg.GoFixture.CGO_ON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternsAndFilesTest {
    @TempDir
    Path dir;

    private GoFixture repo() {
        return new GoFixture(dir)
                .file("go.mod", "module example.com/repo\n\ngo 1.21\ntoolchain go1.22.3\n")
                .file("main.go", "package main\n\nimport \"example.com/repo/pkg/a\"\n")
                .file("other.go", "package main\n\nimport \"net\"\n")
                .file("cmd/x/main.go", "package main\n\nimport \"os/user\"\n")
                .file("cmd/x/main_test.go", "package main\n")
                .file("pkg/a/a.go", "package a\n")
                .file("pkg/b/b_test.go", "package b\n")
                .file("pkg/_old/old.go", "package old\n")
                .file("pkg/.hidden/h.go", "package h\n")
                .file("examples/testdata/t.go", "package t\n")
                .file("tools/go.mod", "module example.com/repo/tools\n\ngo 1.19\n")
                .file("tools/gen/gen.go", "package main\n");
    }

    @Test
    void resolvesDotDirectoriesWildcardsAndImportPaths() {
        GoPackageGraph graph = repo().graph();
        assertEquals(List.of("example.com/repo"), graph.resolvePatterns("", List.of(".")));
        assertEquals(List.of("example.com/repo"), graph.resolvePatterns("", List.of()));
        assertEquals(List.of("example.com/repo/cmd/x"), graph.resolvePatterns("", List.of("./cmd/x")));
        assertEquals(List.of("example.com/repo/cmd/x"), graph.resolvePatterns("cmd/x", List.of(".")));
        assertEquals(List.of("example.com/repo"), graph.resolvePatterns("cmd/x", List.of("../..")));
        assertEquals(List.of("example.com/repo", "example.com/repo/cmd/x", "example.com/repo/pkg/a"),
                graph.resolvePatterns("", List.of("./...")), "skips test-only, _, ., testdata folders and the nested module");
        assertEquals(List.of("example.com/repo/pkg/a"), graph.resolvePatterns("", List.of("example.com/repo/pkg/...")));
        assertEquals(List.of("example.com/repo/cmd/x"), graph.resolvePatterns("", List.of("example.com/repo/cmd/x")));
        assertEquals(List.of("example.com/repo/tools/gen"), graph.resolvePatterns("tools", List.of("./...")));
        assertEquals(List.of("./missing"), graph.resolvePatterns("", List.of("./missing")));
        assertEquals(List.of("net/http"), graph.resolvePatterns("", List.of("net/http")));
    }

    @Test
    void fileListsBuildOnlyThoseFiles() {
        GoPackageGraph graph = repo().graph();
        assertEquals(List.of(""), graph.resolvePatterns("", List.of("main.go")));
        assertEquals(List.of("cmd/x"), graph.resolvePatterns("cmd", List.of("x/main.go")));
        PackageReach onlyMain = graph.reach("", List.of("main.go"), CGO_ON);
        assertTrue(onlyMain.resolver().isEmpty(), "other.go is not part of the build");
        PackageReach both = graph.reach("", List.of("main.go", "other.go"), CGO_ON);
        assertEquals("other.go", both.resolver().get(0).lastWorkspaceImport().location().path());
        assertEquals(Set.of("go.mod", "main.go", "pkg/a/a.go"), graph.filesRead("", List.of("main.go"), CGO_ON));
    }

    @Test
    void goVersionPrefersToolchainOfTheContainingModule() {
        GoPackageGraph graph = repo().graph();
        assertEquals(Optional.of("1.22.3"), graph.goVersion(""));
        assertEquals(Optional.of("1.22.3"), graph.goVersion("cmd/x"));
        assertEquals(Optional.of("1.19"), graph.goVersion("tools/gen"));
        assertEquals(Optional.empty(), new GoFixture(dir.resolve("nomod")).file("a.go", "package a\n").graph().goVersion(""));
    }

    @Test
    void filesReadListsWhatTheResultDependsOn() {
        GoPackageGraph graph = repo().graph();
        Set<String> files = graph.filesRead("", List.of("."), CGO_ON);
        assertEquals(Set.of("go.mod", "main.go", "other.go", "pkg/a/a.go"), files);
        assertFalse(files.contains("cmd/x/main.go"));
    }

    @Test
    void editedSnapshotsAreAnalysedAgain() {
        Workspace workspace = repo().scan();
        GoPackageGraph before = GoPackageGraph.of(workspace, GoEnvironment.none());
        assertTrue(before.reach("", List.of("./pkg/a"), CGO_ON).resolver().isEmpty());
        Workspace edited = workspace.withFile("pkg/a/a.go", "package a\n\nimport \"net/rpc\"\n", 2);
        PackageReach after = GoPackageGraph.of(edited, GoEnvironment.none()).reach("", List.of("./pkg/a"), CGO_ON);
        assertEquals(List.of("net/rpc", "net"), after.resolver().get(0).stdPath());
        assertTrue(GoPackageGraph.of(workspace) == GoPackageGraph.of(workspace), "one graph per snapshot");
    }

    @Test
    void workspaceWithoutGoModUsesFolders() {
        GoPackageGraph graph = new GoFixture(dir).file("main.go", "package main\n\nimport \"net/http\"\n").graph();
        List<String> targets = graph.resolvePatterns("", List.of("."));
        assertEquals(1, targets.size());
        assertTrue(targets.get(0).startsWith("_/"));
        assertEquals(List.of("net/http", "net"), graph.reach("", List.of("."), CGO_ON).resolver().get(0).stdPath());
    }
}
