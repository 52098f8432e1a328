package dev.cgoguard.gopkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoModParserTest {
    @Test
    void readsModuleGoToolchainRequireAndReplace() {
        GoModFile mod = GoModParser.parseMod("svc/go.mod", """
                // the service
                module "example.com/svc" // quoted

                go 1.21
                toolchain go1.22.3

                require github.com/lib/pq v1.10.9
                require (
                	github.com/mattn/go-sqlite3 v1.14.22 // indirect
                	golang.org/x/sys v0.20.0
                )

                replace example.com/lib => ../lib
                replace (
                	golang.org/x/sys v0.20.0 => golang.org/x/sys v0.21.0
                )
                exclude golang.org/x/net v0.1.0
                """);
        assertEquals("example.com/svc", mod.modulePath());
        assertEquals("svc", mod.dir());
        assertEquals("1.21", mod.goVersion());
        assertEquals("1.22.3", mod.effectiveGoVersion());
        assertEquals("v1.14.22", mod.requires().get("github.com/mattn/go-sqlite3"));
        assertEquals(3, mod.requires().size());
        ModuleReplacement local = mod.replaces().get(0);
        assertTrue(local.isLocal());
        assertEquals("../lib", local.newPath());
        ModuleReplacement versioned = mod.replaces().get(1);
        assertFalse(versioned.isLocal());
        assertEquals("v0.20.0", versioned.oldVersion());
        assertEquals("v0.21.0", versioned.newVersion());
    }

    @Test
    void goLineAloneIsTheVersion() {
        GoModFile mod = GoModParser.parseMod("go.mod", "module m\ngo 1.19\n");
        assertEquals("1.19", mod.effectiveGoVersion());
        assertEquals("", mod.dir());
        assertNull(GoModParser.parseMod("go.mod", "garbage ( (\n)\n").modulePath());
    }

    @Test
    void readsGoWorkUseDirectories() {
        GoWorkFile work = GoModParser.parseWork("go.work", """
                go 1.22

                use (
                	./api
                	./tools/gen
                	../outside
                )
                use .
                """);
        assertEquals(List.of("api", "tools/gen", ""), work.useDirs());
        assertEquals("1.22", work.goVersion());
    }

    @Test
    void readsVendorManifest() {
        VendorManifest manifest = VendorManifest.parse("""
                # github.com/mattn/go-sqlite3 v1.14.22
                ## explicit; go 1.19
                github.com/mattn/go-sqlite3
                # golang.org/x/sys v0.20.0 => golang.org/x/sys v0.21.0
                ## explicit
                golang.org/x/sys/unix
                """);
        assertEquals("github.com/mattn/go-sqlite3", manifest.moduleOf("github.com/mattn/go-sqlite3"));
        assertEquals("golang.org/x/sys", manifest.moduleOf("golang.org/x/sys/unix"));
        assertFalse(manifest.lists("golang.org/x/sys"));
    }

    @Test
    void escapesUpperCaseInModuleCachePaths() {
        assertEquals("github.com/!burnt!sushi/toml", ModuleCachePaths.escape("github.com/BurntSushi/toml"));
        assertNull(ModuleCachePaths.packageDir(java.nio.file.Path.of("/c"), "a/../b", "v1", "a/../b"));
    }
}
