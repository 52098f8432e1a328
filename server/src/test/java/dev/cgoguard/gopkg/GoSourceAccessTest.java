package dev.cgoguard.gopkg;

import static dev.cgoguard.gopkg.GoFixture.CGO_ON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.workspace.GoSourceAccess;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The go-sources setting decides what a package graph reads outside the workspace: by default
 * nothing (a module in the module cache and a module replaced by a folder outside stay unknown
 * imports); {@code module-cache} and a named folder make them known, and only what is named.
 */
class GoSourceAccessTest {
    @TempDir
    Path dir;

    @TempDir
    Path outside;

    private GoFixture app() {
        new GoFixture(outside.resolve("mod"))
                .file("example.com/cached@v1.0.0/lookup/lookup.go", "package lookup\n\nimport \"os/user\"\n");
        new GoFixture(outside.resolve("beside"))
                .file("go.mod", "module example.com/beside\n")
                .file("dial/dial.go", "package dial\n\nimport \"net\"\n");
        return new GoFixture(dir)
                .file("go.mod", "module example.com/app\n\nrequire (\n\texample.com/cached v1.0.0\n\texample.com/beside v0.0.0\n)\n\n"
                        + "replace example.com/beside => " + outside.resolve("beside") + "\n")
                .file("main.go", "package main\n\nimport (\n\t\"example.com/beside/dial\"\n\t\"example.com/cached/lookup\"\n)\n");
    }

    private PackageReach reach(GoSourceAccess access) {
        Map<String, String> env = Map.of("GOMODCACHE", outside.resolve("mod").toString(), "GOROOT", outside.resolve("none").toString());
        return app().graph(GoEnvironment.of(access, env, outside.resolve("home"))).reach("", List.of("."), CGO_ON);
    }

    @Test
    void byDefaultNothingOutsideTheWorkspaceIsReadAndTheImportsStayUnknown() {
        PackageReach reach = reach(GoSourceAccess.NONE);
        assertEquals(List.of("example.com/beside/dial", "example.com/cached/lookup"), reach.unknownImports());
        assertTrue(reach.userLookup().isEmpty() && reach.resolver().isEmpty(), reach.toString());
        assertEquals(GoEnvironment.none(), GoEnvironment.of(GoSourceAccess.NONE, Map.of("GOROOT", "/usr/lib/go"), outside));
    }

    @Test
    void theModuleCacheIsReadWhenNamedAndTheReplacedFolderOnlyWhenNamedToo() {
        PackageReach cache = reach(GoSourceAccess.of(List.of("module-cache")));
        assertEquals(List.of("example.com/cached/lookup", "os/user"), cache.userLookup().get(0).stdPath());
        assertEquals(List.of("example.com/beside/dial"), cache.unknownImports(), "the folder beside is not named");

        PackageReach both = reach(GoSourceAccess.of(List.of("module-cache", outside.resolve("beside").toString())));
        assertEquals(List.of("example.com/beside/dial", "net"), both.resolver().get(0).stdPath());
        assertEquals(List.of(), both.unknownImports());
    }

    @Test
    void entriesAreGorootModuleCacheOrAbsoluteFolders() {
        GoSourceAccess access = GoSourceAccess.of(List.of(" goroot", "module-cache", "/src/../opt/go"));
        assertEquals(new GoSourceAccess(true, true, List.of(Path.of("/opt/go"))), access);
        assertEquals("'gopath' in 'go-sources' is neither goroot, module-cache nor an absolute folder",
                GoSourceAccess.problem("gopath").orElseThrow());
        assertTrue(GoSourceAccess.problem("third_party/go").isPresent(), "a relative folder is refused");
        assertTrue(GoSourceAccess.problem(" ").isPresent());
        GoEnvironment onlyGoroot = GoEnvironment.of(GoSourceAccess.of(List.of("goroot")),
                Map.of("GOROOT", outside.toString(), "GOMODCACHE", outside.toString()), outside);
        assertNull(onlyGoroot.moduleCache(), "the module cache is not named");
    }
}
