package dev.cgoguard.gopkg;

import static dev.cgoguard.gopkg.GoFixture.CGO_OFF;
import static dev.cgoguard.gopkg.GoFixture.CGO_ON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleResolutionTest {
    @TempDir
    Path dir;

    @TempDir
    Path outside;

    private static List<String> stepFiles(ImportChain chain) {
        return chain.workspaceSteps().stream().map(s -> s.location().path()).toList();
    }

    @Test
    void goWorkJoinsModulesOfTheWorkspace() {
        GoFixture fixture = new GoFixture(dir)
                .file("go.work", "go 1.22\n\nuse (\n\t./api\n\t./lib\n)\n")
                .file("api/go.mod", "module example.com/api\n\ngo 1.22\n")
                .file("api/main.go", "package main\n\nimport \"example.com/lib/lookup\"\n")
                .file("lib/go.mod", "module example.com/lib\n\ngo 1.21\n")
                .file("lib/lookup/lookup.go", "package lookup\n\nimport \"os/user\"\n");
        GoPackageGraph graph = fixture.graph();
        PackageReach reach = graph.reach("api", List.of("."), CGO_ON);
        assertEquals(List.of("api/main.go", "lib/lookup/lookup.go"), stepFiles(reach.userLookup().get(0)));
        assertEquals("1.22", reach.goVersion());
        assertTrue(graph.filesRead("api", List.of("."), CGO_ON)
                .containsAll(List.of("go.work", "api/go.mod", "lib/go.mod", "api/main.go", "lib/lookup/lookup.go")));
    }

    @Test
    void aLocalReplaceInsideTheWorkspaceIsReadAndOneOutsideIsNot() {
        new GoFixture(outside).file("ext/ext.go", "package ext\n\nimport \"net\"\n");
        String outsidePath = outside.toAbsolutePath().toString().replace('\\', '/');
        GoFixture fixture = new GoFixture(dir)
                .file("go.mod", """
                        module example.com/app

                        require (
                        	example.com/shared v0.0.0
                        	example.com/ext v0.0.0
                        )

                        replace example.com/shared => ./third_party/shared
                        replace example.com/ext => %s
                        """.formatted(outsidePath))
                .file("main.go", "package main\n\nimport (\n\t\"example.com/shared/pwd\"\n\t\"example.com/ext/ext\"\n)\n")
                .file("third_party/shared/go.mod", "module example.com/shared\n")
                .file("third_party/shared/pwd/pwd.go", "package pwd\n\nimport \"os/user\"\n");
        PackageReach reach = fixture.graph().reach("", List.of("."), CGO_ON);
        assertEquals(List.of("main.go", "third_party/shared/pwd/pwd.go"), stepFiles(reach.userLookup().get(0)));
        // cgoguard never reads outside the workspace: the replacement there is an unknown import
        assertTrue(reach.resolver().isEmpty(), reach.resolver().toString());
        assertEquals(List.of("example.com/ext/ext"), reach.unknownImports());
    }

    @Test
    void vendoredPackagesAreReadFromVendor() {
        GoFixture fixture = new GoFixture(dir)
                .file("go.mod", "module example.com/app\n\ngo 1.20\n\nrequire github.com/acme/cdb v1.0.0\n")
                .file("main.go", "package main\n\nimport \"github.com/acme/cdb\"\n")
                .file("vendor/modules.txt", "# github.com/acme/cdb v1.0.0\n## explicit\ngithub.com/acme/cdb\n")
                .file("vendor/github.com/acme/cdb/cdb.go", """
                        package cdb

                        // #cgo LDFLAGS: -lcdb
                        import "C"

                        import "net"
                        """);
        GoPackageGraph graph = fixture.graph();
        PackageReach on = graph.reach("", List.of("./..."), CGO_ON);
        assertEquals(List.of("example.com/app"), on.targets(), "./... skips vendor");
        assertEquals("github.com/acme/cdb", on.cgoPackages().get(0).importPath());
        assertEquals(List.of("-lcdb"), on.cgoPackages().get(0).ldflags());
        assertEquals(List.of("github.com/acme/cdb", "net"), on.resolver().get(0).stdPath());
        assertEquals(List.of("main.go"), stepFiles(on.resolver().get(0)));
        assertTrue(graph.filesRead("", List.of("./..."), CGO_ON)
                .containsAll(List.of("go.mod", "main.go", "vendor/modules.txt", "vendor/github.com/acme/cdb/cdb.go")));
        PackageReach off = graph.reach("", List.of("."), CGO_OFF);
        assertEquals(List.of("github.com/acme/cdb"), off.cgoRequiredPackages().stream().map(CgoRequiredPackage::importPath).toList());
        assertTrue(off.resolver().isEmpty());
    }

    @Test
    void moduleCacheIsReadWithEscapedPaths() {
        Path cache = outside.resolve("mod");
        new GoFixture(cache)
                .file("github.com/!burnt!sushi/toml@v1.3.2/decode.go", "package toml\n\nimport \"github.com/Acme/x/y\"\n")
                .file("github.com/!acme/x@v0.2.0/y/y.go", "package y\n\n/*\n#cgo LDFLAGS: -static\n*/\nimport \"C\"\nimport \"crypto/tls\"\n");
        GoFixture fixture = new GoFixture(dir)
                .file("go.mod", "module example.com/app\n\nrequire (\n\tgithub.com/BurntSushi/toml v1.3.2\n\tgithub.com/Acme/x v0.2.0\n)\n")
                .file("main.go", "package main\n\nimport \"github.com/BurntSushi/toml\"\n");
        PackageReach reach = fixture.graph(new GoEnvironment(null, cache)).reach("", List.of("."), CGO_ON);
        assertEquals(List.of("github.com/BurntSushi/toml", "github.com/Acme/x/y", "crypto/tls", "net"), reach.resolver().get(0).stdPath());
        CgoPackage cgo = reach.cgoPackages().get(0);
        assertEquals("github.com/Acme/x/y", cgo.importPath());
        assertTrue(cgo.importC().path().endsWith("y.go"));
        assertEquals(1, cgo.staticLdflagLocations().size());
        assertTrue(reach.unknownImports().isEmpty());
    }

    @Test
    void realGorootSourcesReplaceTheTable() {
        Path goroot = outside.resolve("goroot");
        new GoFixture(goroot)
                .file("src/runtime/runtime.go", "package runtime\n")
                .file("src/net/http/server.go", "package http\n\nimport (\n\t\"net\"\n\t\"golang.org/x/net/idna\"\n)\n")
                .file("src/net/http/h2_bundle.go", "//go:build !nethttpomithttp2\n\npackage http\n\nimport \"crypto/tls\"\n")
                .file("src/crypto/tls/conn.go", "package tls\n\nimport \"crypto/x509\"\n")
                .file("src/crypto/x509/x509.go", "package x509\n\nimport \"net\"\n")
                .file("src/vendor/golang.org/x/net/idna/idna.go", "package idna\n\nimport \"os/user\"\n")
                .file("src/net/net.go", "package net\n")
                .file("src/net/cgo_unix.go", "//go:build cgo && !netgo\n\npackage net\n\n// #include <netdb.h>\nimport \"C\"\n")
                .file("src/os/user/user.go", "package user\n");
        GoFixture fixture = new GoFixture(dir)
                .file("go.mod", "module example.com/app\n")
                .file("main.go", "package main\n\nimport \"net/http\"\n");
        GoEnvironment environment = GoEnvironment.fromVariables(Map.of("GOROOT", goroot.toString(), "GOMODCACHE", "/nonexistent"), dir);
        assertEquals(goroot, environment.goroot());
        PackageReach reach = fixture.graph(environment).reach("", List.of("."), CGO_ON);
        assertEquals(List.of("net/http", "net"), reach.resolver().get(0).stdPath());
        assertEquals(List.of("net/http", "crypto/tls", "crypto/x509"), reach.tls().get(0).stdPath());
        assertEquals(List.of("net/http", "golang.org/x/net/idna", "os/user"), reach.userLookup().get(0).stdPath());
        assertTrue(reach.cgoPackages().isEmpty(), "std cgo packages are not reported");
        PackageReach omit = fixture.graph(environment).reach("", List.of("."),
                dev.cgoguard.gopkg.BuildContext.linuxAmd64(java.util.Set.of("nethttpomithttp2"), true));
        assertTrue(omit.tls().isEmpty(), "constraints apply to GOROOT files too");
    }

    @Test
    void environmentFallsBackToGopathAndHome() {
        new GoFixture(outside).file("gp/pkg/mod/cache.txt", "x").file("home/go/pkg/mod/cache.txt", "x");
        assertEquals(outside.resolve("gp/pkg/mod"),
                GoEnvironment.fromVariables(Map.of("GOPATH", outside.resolve("gp").toString()), outside).moduleCache());
        assertEquals(outside.resolve("home/go/pkg/mod"), GoEnvironment.fromVariables(Map.of(), outside.resolve("home")).moduleCache());
        assertEquals(null, GoEnvironment.fromVariables(Map.of("GOMODCACHE", outside.resolve("none").toString()), outside).moduleCache());
    }
}
