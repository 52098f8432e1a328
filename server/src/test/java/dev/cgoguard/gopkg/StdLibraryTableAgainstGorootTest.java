package dev.cgoguard.gopkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled standard-library table, which a lint uses unless GOROOT is named in {@code go-sources},
 * gives the same reach as this machine's GOROOT (when there is one, read here by explicit choice):
 * a workspace with one package per importable standard-library package is walked once with the table
 * and once with GOROOT, and the standard-library packages that lead to {@code net}, {@code os/user}
 * and {@code crypto/x509} must be the same under linux/amd64 and linux/arm64, cgo on and off.
 */
class StdLibraryTableAgainstGorootTest {
    @TempDir
    Path root;

    @Test
    void theTableReachesWhatGorootReachesOnLinux() throws IOException {
        Path goroot = GoEnvironment.fromSystem().goroot();
        assumeTrue(goroot != null, "no GOROOT on this machine");
        List<String> std = importableStdPackages(goroot.resolve("src").toRealPath());
        assumeTrue(std.size() > 100, "a whole GOROOT");
        GoFixture fixture = new GoFixture(root).file("go.mod", "module example.com/all\n\ngo 1.19\n");
        for (int i = 0; i < std.size(); i++) {
            fixture.file("p" + i + "/p.go", "package p" + i + "\n\nimport _ \"" + std.get(i) + "\"\n");
        }
        GoPackageGraph table = fixture.graph(GoEnvironment.none());
        GoPackageGraph disk = fixture.graph(new GoEnvironment(goroot, null));
        for (String goarch : List.of("amd64", "arm64")) {
            for (boolean cgo : List.of(true, false)) {
                BuildContext context = new BuildContext("linux", goarch, Set.of(), cgo, null);
                PackageReach fromTable = table.reach("", List.of("./..."), context);
                PackageReach fromGoroot = disk.reach("", List.of("./..."), context);
                String under = "linux/" + goarch + (cgo ? " cgo on" : " cgo off");
                Map<String, Set<String>> expected = reaching(fromGoroot, std);
                assertTrue(expected.get("net").containsAll(List.of("net/http", "crypto/tls", "net/smtp"))
                        && expected.get("os/user").contains("archive/tar") && expected.get("crypto/x509").contains("net/http"),
                        "GOROOT was read: " + expected);
                assertEquals(expected, reaching(fromTable, std), "std packages reaching each target, " + under);
            }
        }
    }

    /** For net, os/user and crypto/x509, the std packages whose one-import workspace package reaches it. */
    private static Map<String, Set<String>> reaching(PackageReach reach, List<String> std) {
        Map<String, Set<String>> result = new TreeMap<>();
        Map<String, List<ImportChain>> byTarget = Map.of("net", reach.resolver(), "os/user", reach.userLookup(),
                "crypto/x509", reach.tls());
        Function<ImportChain, String> stdOf = chain -> {
            String file = chain.workspaceSteps().get(0).location().path();
            return std.get(Integer.parseInt(file.substring(1, file.indexOf('/'))));
        };
        byTarget.forEach((target, chains) -> {
            Set<String> packages = new TreeSet<>();
            for (ImportChain chain : chains) {
                String pkg = stdOf.apply(chain);
                if (!pkg.equals(target)) {
                    packages.add(pkg);
                }
            }
            result.put(target, packages);
        });
        return result;
    }

    /** The packages of GOROOT/src a program may import: not internal, vendored, a command or test data. */
    private static List<String> importableStdPackages(Path src) throws IOException {
        List<String> packages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path dir : walk.filter(Files::isDirectory).sorted().toList()) {
                String path = src.relativize(dir).toString().replace('\\', '/');
                List<String> parts = List.of(path.split("/"));
                if (path.isEmpty() || parts.contains("internal") || parts.contains("vendor") || parts.contains("testdata")
                        || parts.get(0).equals("cmd") || parts.contains("builtin")) {
                    continue;
                }
                try (Stream<Path> files = Files.list(dir)) {
                    if (files.anyMatch(f -> f.toString().endsWith(".go") && !f.toString().endsWith("_test.go"))) {
                        packages.add(path);
                    }
                }
            }
        }
        return packages;
    }
}
