package dev.cgoguard.gopkg;

import static dev.cgoguard.gopkg.GoFixture.CGO_OFF;
import static dev.cgoguard.gopkg.GoFixture.CGO_ON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.workspace.TextRange;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReachTest {
    @TempDir
    Path dir;

    private GoFixture app() {
        return new GoFixture(dir)
                .file("go.mod", "module example.com/app\n\ngo 1.21\n")
                .file("main.go", """
                        package main

                        import (
                        	"fmt"

                        	"example.com/app/internal/web"
                        )

                        func main() { fmt.Println(web.Serve()) }
                        """)
                .file("internal/web/web.go", """
                        package web

                        import "net/http"

                        func Serve() error { return http.ListenAndServe(":8080", nil) }
                        """);
    }

    private static List<String> stepPaths(ImportChain chain) {
        return chain.workspaceSteps().stream().map(GoImport::path).toList();
    }

    @Test
    void chainGoesThroughWorkspacePackagesToNetViaNetHttp() {
        PackageReach reach = app().graph().reach("", List.of("."), CGO_ON);
        assertEquals(List.of("example.com/app"), reach.targets());
        assertEquals(1, reach.resolver().size());
        ImportChain chain = reach.resolver().get(0);
        assertEquals(List.of("example.com/app/internal/web", "net/http"), stepPaths(chain));
        assertEquals(List.of("net/http", "net"), chain.stdPath());
        assertEquals("net", chain.reached());
        GoImport exit = chain.lastWorkspaceImport();
        assertEquals("internal/web/web.go", exit.location().path());
        assertEquals(TextRange.of(2, 7, 2, 17), exit.location().range());
        assertEquals("main.go", chain.workspaceSteps().get(0).location().path());
        assertEquals(1, reach.tls().size());
        assertTrue(reach.userLookup().isEmpty());
        assertEquals("1.21", reach.goVersion());
        assertTrue(reach.unknownImports().isEmpty());
        assertFalse(reach.embedsTzdata());
    }

    @Test
    void tlsChainEndsAtCryptoX509() {
        ImportChain tls = app().graph().reach("", List.of("."), CGO_ON).tls().get(0);
        assertEquals("crypto/x509", tls.reached());
        assertEquals("net/http", tls.stdPath().get(0));
        assertEquals(List.of("net/http", "crypto/tls", "crypto/x509"), tls.stdPath());
    }

    @Test
    void userLookupThroughOsUserAndArchiveTar() {
        GoFixture fixture = new GoFixture(dir)
                .file("go.mod", "module example.com/tool\n")
                .file("cmd/who/main.go", "package main\n\nimport \"os/user\"\n")
                .file("cmd/pack/main.go", "package main\n\nimport \"archive/tar\"\n");
        PackageReach reach = fixture.graph().reach("", List.of("./cmd/..."), CGO_OFF);
        assertEquals(List.of("example.com/tool/cmd/pack", "example.com/tool/cmd/who"), reach.targets());
        assertEquals(2, reach.userLookup().size());
        assertEquals(List.of("os/user"), reach.userLookup().get(0).stdPath(), "shortest chain first");
        assertEquals("cmd/who/main.go", reach.userLookup().get(0).lastWorkspaceImport().location().path());
        assertEquals(List.of("archive/tar", "os/user"), reach.userLookup().get(1).stdPath());
        assertTrue(reach.resolver().isEmpty());
    }

    @Test
    void buildConstraintsDecideWhichImportsCount() {
        GoFixture fixture = new GoFixture(dir)
                .file("go.mod", "module example.com/m\n")
                .file("main.go", "package main\n\nfunc main() {}\n")
                .file("dns_windows.go", "package main\n\nimport \"net\"\n")
                .file("user_other.go", "//go:build !linux\n\npackage main\n\nimport \"os/user\"\n")
                .file("tags.go", "//go:build withnet\n\npackage main\n\nimport \"net/smtp\"\n")
                .file("main_test.go", "package main\n\nimport \"net/http/httptest\"\n")
                .file("_scratch.go", "package main\n\nimport \"net/rpc\"\n");
        GoPackageGraph graph = fixture.graph();
        PackageReach linux = graph.reach("", List.of("."), CGO_ON);
        assertTrue(linux.resolver().isEmpty());
        assertTrue(linux.userLookup().isEmpty());
        PackageReach windows = graph.reach("", List.of("."), new BuildContext("windows", "amd64", Set.of(), false, null));
        assertEquals(List.of("net"), windows.resolver().get(0).stdPath());
        assertEquals(List.of("os/user"), windows.userLookup().get(0).stdPath());
        PackageReach tagged = graph.reach("", List.of("."), BuildContext.linuxAmd64(Set.of("withnet"), true));
        assertEquals(List.of("net/smtp", "net"), tagged.resolver().get(0).stdPath());
    }

    @Test
    void cgoPackagesOnlyWhenCgoIsOn() {
        GoFixture fixture = new GoFixture(dir)
                .file("go.mod", "module example.com/m\n")
                .file("main.go", "package main\n\nimport _ \"example.com/m/native\"\nimport _ \"example.com/m/mixed\"\n")
                .file("native/native.go", """
                        package native

                        /*
                        #cgo LDFLAGS: -static -lcrypt
                        #cgo windows LDFLAGS: -lws2_32
                        #include <grp.h>
                        int n(const char *u) { int g[8]; int c = 8; return getgrouplist(u, 0, g, &c); }
                        */
                        import "C"
                        """)
                .file("mixed/cgo.go", "//go:build cgo\n\npackage mixed\n\n// #include <netdb.h>\nimport \"C\"\n")
                .file("mixed/pure.go", "//go:build !cgo\n\npackage mixed\n\nimport \"net\"\n");
        GoPackageGraph graph = fixture.graph();
        PackageReach on = graph.reach("", List.of("."), CGO_ON);
        assertEquals(List.of("example.com/m/mixed", "example.com/m/native"), on.cgoPackages().stream().map(CgoPackage::importPath).toList());
        CgoPackage nativePkg = on.cgoPackages().get(1);
        assertEquals(List.of("-static", "-lcrypt"), nativePkg.ldflags());
        assertEquals(1, nativePkg.staticLdflagLocations().size());
        assertEquals(TextRange.of(3, 0, 3, 29), nativePkg.staticLdflagLocations().get(0).range());
        assertEquals("native/native.go", nativePkg.importC().path());
        assertEquals(List.of("getgrouplist"), nativePkg.nssCalls().stream().map(NssCall::function).toList());
        assertTrue(on.cgoRequiredPackages().isEmpty());
        assertTrue(on.resolver().isEmpty(), "the cgo file of mixed imports no net");

        PackageReach off = graph.reach("", List.of("."), CGO_OFF);
        assertTrue(off.cgoPackages().isEmpty());
        assertEquals(List.of("example.com/m/mixed", "example.com/m/native"),
                off.cgoRequiredPackages().stream().map(CgoRequiredPackage::importPath).toList());
        assertTrue(off.cgoRequiredPackages().get(0).buildableWithoutCgo());
        assertFalse(off.cgoRequiredPackages().get(1).buildableWithoutCgo());
        assertEquals(List.of("net"), off.resolver().get(0).stdPath(), "with cgo off the pure-Go file of mixed imports net");
    }

    @Test
    void unknownImportsAndKnownModulesAreReported() {
        GoFixture fixture = new GoFixture(dir)
                .file("go.mod", """
                        module example.com/m

                        require (
                        	github.com/mattn/go-sqlite3 v1.14.22
                        	github.com/lib/pq v1.10.9
                        	github.com/acme/widgets v0.1.0
                        )
                        """)
                .file("main.go", """
                        package main

                        import (
                        	_ "github.com/lib/pq"
                        	_ "github.com/mattn/go-sqlite3"
                        	"github.com/acme/widgets"
                        )
                        """);
        PackageReach reach = fixture.graph().reach("", List.of("."), CGO_OFF);
        assertEquals(List.of("github.com/acme/widgets", "github.com/lib/pq", "github.com/mattn/go-sqlite3"), reach.unknownImports());
        assertEquals(1, reach.cgoRequiredModules().size());
        KnownModule sqlite = reach.cgoRequiredModules().get(0);
        assertEquals("github.com/mattn/go-sqlite3", sqlite.modulePath());
        assertTrue(sqlite.source().contains("README"));
        assertEquals(TextRange.of(4, 1, 4, 32), sqlite.importedAt().location().range());
        ImportChain pq = reach.userLookup().get(0);
        assertEquals(List.of("github.com/lib/pq", "os/user"), pq.stdPath());
        assertEquals("github.com/lib/pq", pq.lastWorkspaceImport().path());
    }

    @Test
    void tzdataIsEmbeddedByImportOrTag() {
        GoFixture fixture = new GoFixture(dir)
                .file("go.mod", "module example.com/m\n")
                .file("main.go", "package main\n\nimport \"time\"\n")
                .file("tz/tz.go", "package main\n\nimport _ \"time/tzdata\"\n");
        GoPackageGraph graph = fixture.graph();
        assertFalse(graph.reach("", List.of("."), CGO_ON).embedsTzdata());
        assertTrue(graph.reach("", List.of("./tz"), CGO_ON).embedsTzdata());
        assertTrue(graph.reach("", List.of("."), BuildContext.linuxAmd64(Set.of("timetzdata"), true)).embedsTzdata());
    }

    @Test
    void importCyclesAndSelfImportsEnd() {
        GoFixture fixture = new GoFixture(dir)
                .file("go.mod", "module example.com/m\n")
                .file("a/a.go", "package a\n\nimport \"example.com/m/b\"\n")
                .file("b/b.go", "package b\n\nimport (\n\t\"example.com/m/a\"\n\t\"example.com/m/b\"\n\t\"net/mail\"\n)\n");
        PackageReach reach = fixture.graph().reach("", List.of("./a"), CGO_ON);
        assertEquals(List.of("example.com/m/b", "net/mail"), stepPaths(reach.resolver().get(0)));
        assertEquals(List.of("net/mail", "net/textproto", "net"), reach.resolver().get(0).stdPath());
    }

    @Test
    void chainsAreSortedShortestFirstAndStable() {
        GoFixture fixture = app().file("cmd/direct/main.go", "package main\n\nimport \"net\"\n");
        GoPackageGraph graph = fixture.graph();
        PackageReach first = graph.reach("", List.of("./..."), CGO_ON);
        assertEquals(List.of("example.com/app", "example.com/app/cmd/direct", "example.com/app/internal/web"), first.targets());
        assertEquals(3, first.resolver().size());
        assertEquals(List.of("net"), first.resolver().get(0).stdPath());
        assertEquals(List.of("example.com/app/internal/web", "net/http"), stepPaths(first.resolver().get(2)));
        PackageReach again = GoPackageGraph.of(fixture.scan(), GoEnvironment.none()).reach("", List.of("./..."), CGO_ON);
        assertEquals(first, again);
    }

    @Test
    void aCommandGetsTheSameChainsWhateverWasWalkedBeforeIt() {
        GoFixture fixture = app()
                .file("cmd/who/main.go", "package main\n\nimport (\n\t\"example.com/app/internal/store\"\n\t\"os/user\"\n)\n")
                .file("cmd/plain/main.go", "package main\n\nimport \"fmt\"\n")
                .file("internal/store/store.go", "package store\n\nimport (\n\t\"example.com/app/internal/web\"\n\t\"net/url\"\n\t\"net\"\n)\n");
        List<List<String>> commands = List.of(List.of("./cmd/who"), List.of("./cmd/plain"), List.of("./internal/store"),
                List.of("."), List.of("./cmd/who", "."));
        GoPackageGraph shared = fixture.graph();
        assertEquals(4, shared.reach("", List.of("./..."), CGO_ON).resolver().size());
        for (List<String> patterns : commands) {
            PackageReach alone = fixture.graph().reach("", patterns, CGO_ON);
            assertEquals(alone, shared.reach("", patterns, CGO_ON), patterns.toString());
            assertFalse(alone.resolver().isEmpty() && !patterns.equals(List.of("./cmd/plain")), patterns.toString());
        }
        assertEquals(List.of("net"), stepPaths(shared.reach("", List.of("./internal/store"), CGO_ON).resolver().get(0)));
        assertEquals(List.of("example.com/app/internal/store", "net"),
                stepPaths(shared.reach("", List.of("./cmd/who"), CGO_ON).resolver().get(0)));
    }

    @Test
    void eachBuildContextGetsTheChainsOfTheFilesItBuildsWhateverWasWalkedBefore() {
        GoFixture fixture = new GoFixture(dir)
                .file("go.mod", "module example.com/m\n")
                .file("main.go", "package main\n\nimport \"example.com/m/lookup\"\n\nfunc main() { lookup.Host() }\n")
                .file("lookup/lookup.go", "package lookup\n\nfunc Host() {}\n")
                .file("lookup/dns_linux.go", "package lookup\n\nimport \"net\"\n\nvar _ = net.LookupHost\n")
                .file("lookup/user_arm64.go", "package lookup\n\nimport \"os/user\"\n\nvar _ = user.Current\n")
                .file("lookup/cgo.go", "//go:build cgo && !purego\n\npackage lookup\n\nimport \"crypto/x509\"\n\nvar _ = x509.NewCertPool\n");
        List<BuildContext> contexts = List.of(CGO_ON, BuildContext.linuxAmd64(Set.of("netgo"), true),
                new BuildContext("linux", "arm64", Set.of(), true, null), new BuildContext("darwin", "arm64", Set.of(), true, null),
                BuildContext.linuxAmd64(Set.of(), false), BuildContext.linuxAmd64(Set.of("purego"), true),
                new BuildContext("darwin", "amd64", Set.of(), false, null), CGO_ON);
        GoPackageGraph shared = fixture.graph();
        for (BuildContext context : contexts) {
            PackageReach alone = fixture.graph().reach("", List.of("."), context);
            assertEquals(alone, shared.reach("", List.of("."), context), context.toString());
        }
        PackageReach linux = shared.reach("", List.of("."), CGO_ON);
        assertEquals(List.of("example.com/m/lookup", "net"), stepPaths(linux.resolver().get(0)));
        assertEquals(List.of("net"), linux.resolver().get(0).stdPath());
        assertTrue(linux.userLookup().isEmpty());
        assertEquals(List.of("crypto/x509"), linux.tls().get(0).stdPath());
        PackageReach darwinArm = shared.reach("", List.of("."), new BuildContext("darwin", "arm64", Set.of(), true, null));
        assertEquals("crypto/x509", darwinArm.resolver().get(0).stdPath().get(0), "no chain through the Linux file");
        assertEquals(List.of("os/user"), darwinArm.userLookup().get(0).stdPath());
        assertTrue(shared.reach("", List.of("."), BuildContext.linuxAmd64(Set.of(), false)).tls().isEmpty());
        assertTrue(shared.reach("", List.of("."), BuildContext.linuxAmd64(Set.of("purego"), true)).tls().isEmpty());
    }

    @Test
    void twoFileListsOfOneFolderKeepTheirOwnShortestChains() {
        GoFixture fixture = app()
                .file("cmd/tool/long.go", "package main\n\nimport \"example.com/app/internal/web\"\n")
                .file("cmd/tool/short.go", "package main\n\nimport (\n\t\"example.com/app/internal/web\"\n\t\"net\"\n)\n");
        GoPackageGraph graph = fixture.graph();
        PackageReach longer = graph.reach("cmd/tool", List.of("long.go"), CGO_ON);
        PackageReach shorter = graph.reach("cmd/tool", List.of("short.go"), CGO_ON);
        assertEquals(List.of("example.com/app/internal/web", "net/http"), stepPaths(longer.resolver().get(0)));
        assertEquals(List.of("net"), stepPaths(shorter.resolver().get(0)), "the chain through the file's own import of net");
        assertEquals(List.of("net"), shorter.resolver().get(0).stdPath());
        assertEquals(fixture.graph().reach("cmd/tool", List.of("short.go"), CGO_ON), shorter);
    }

    @Test
    void netgoAndOsusergoTagsDoNotRemoveImports() {
        GoFixture fixture = new GoFixture(dir)
                .file("go.mod", "module example.com/m\n")
                .file("main.go", "package main\n\nimport (\n\t\"net/http\"\n\t\"os/user\"\n)\n");
        PackageReach tagged = fixture.graph().reach("", List.of("."), BuildContext.linuxAmd64(Set.of("netgo", "osusergo"), true));
        assertEquals(List.of("net/http", "net"), tagged.resolver().get(0).stdPath());
        assertEquals(List.of("os/user"), tagged.userLookup().get(0).stdPath());
    }

    @Test
    void missingTargetsAreUnknown() {
        PackageReach reach = app().graph().reach("", List.of("./nothing-here", "example.com/app/gone"), CGO_ON);
        assertEquals(List.of("./nothing-here", "example.com/app/gone"), reach.targets());
        assertEquals(List.of("./nothing-here", "example.com/app/gone"), reach.unknownImports());
        assertTrue(reach.resolver().isEmpty());
    }
}
