package dev.cgoguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CgoRequiredButDisabledRuleTest {
    private static final String ID = CgoRequiredButDisabledRule.INFO.id();
    private static final String CGO_ONLY = "package cpu\n\n// #include <unistd.h>\nimport \"C\"\n\nfunc Count() int { return int(C.sysconf(C._SC_NPROCESSORS_ONLN)) }\n";
    private static final String MAIN = "package main\n\nimport \"example.com/app/cpu\"\n\nfunc main() { _ = cpu.Count() }\n";

    @TempDir
    Path dir;

    @Test
    void explicitCgoOffWithACgoOnlyPackageFailsTheBuildAndTheFixTurnsCgoOn() {
        TestProject project = new TestProject(dir).module("1.22").file("main.go", MAIN).file("cpu/cpu.go", CGO_ONLY)
                .file("Makefile", "build:\n\tCGO_ENABLED=0 go build -o bin/app .\n");
        Finding finding = project.only(ID);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(1, finding.location().range().start().line());
        assertTrue(finding.message().contains("example.com/app/cpu needs cgo"), finding.message());
        assertTrue(finding.message().contains("build constraints exclude all Go files"), finding.message());
        assertEquals("cpu/cpu.go", finding.related().get(0).location().path());
        String fixed = project.apply(TestProject.preferred(finding), "Makefile");
        assertEquals("build:\n\tCGO_ENABLED=1 go build -o bin/app .\n", fixed);
        assertTrue(project.findings(ID).isEmpty(), "gone after the fix");
    }

    @Test
    void aPackageWithASilentPureGoFallbackIsInfoBecauseWhetherItWorksIsNotKnown() {
        TestProject project = new TestProject(dir).module("1.22").file("main.go", MAIN)
                .file("cpu/cpu_cgo.go", "//go:build cgo\n\n" + CGO_ONLY)
                .file("cpu/cpu_go.go", "//go:build !cgo\n\npackage cpu\n\nfunc Count() int { return 1 }\n")
                .file("build.sh", "#!/bin/sh\nCGO_ENABLED=0 go build -o bin/app .\n");
        Finding finding = project.only(ID);
        assertEquals(Severity.INFO, finding.severity());
        assertTrue(finding.message().contains("pure-Go fallback"), finding.message());
        assertTrue(finding.message().contains("Whether those pure-Go files do the same work is not known"), finding.message());
    }

    @Test
    void aFallbackThatSaysItFailsWithoutCgoIsAWarningThatQuotesIt() {
        TestProject project = new TestProject(dir).module("1.22").file("main.go", MAIN)
                .file("cpu/cpu_cgo.go", "//go:build cgo\n\n" + CGO_ONLY)
                .file("cpu/cpu_go.go", "//go:build !cgo\n\npackage cpu\n\nimport \"errors\"\n\n"
                        + "func Count() (int, error) { return 0, errors.New(\"counting is not supported without cgo\") }\n")
                .file("build.sh", "#!/bin/sh\nCGO_ENABLED=0 go build -o bin/app .\n");
        Finding finding = project.only(ID);
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(finding.message().contains("which says \"counting is not supported without cgo\""), finding.message());
        assertTrue(finding.related().stream().anyMatch(r -> r.location().path().equals("cpu/cpu_go.go")
                && r.location().range().start().line() == 6), finding.related().toString());
    }

    @Test
    void aCrossCompileGetsCgoAndTheCrossCompilerTogether() {
        TestProject project = new TestProject(dir).module("1.22").file("main.go", MAIN).file("cpu/cpu.go", CGO_ONLY)
                .file("Makefile", "arm:\n\tGOOS=linux GOARCH=arm64 go build -o bin/app .\n");
        Finding finding = project.only(ID);
        assertTrue(finding.message().contains("cross-compiling for linux/arm64"), finding.message());
        String fixed = project.apply(TestProject.preferred(finding), "Makefile");
        assertEquals("arm:\n\tCGO_ENABLED=1 CC=aarch64-linux-gnu-gcc GOOS=linux GOARCH=arm64 go build -o bin/app .\n", fixed);
        assertTrue(project.findings().isEmpty(), "no finding after the fix: " + project.findings());
    }

    @Test
    void noCompilerInTheBuildImageIsLeftToCgoWithoutCCompiler() {
        TestProject project = new TestProject(dir).module("1.22").file("main.go", MAIN).file("cpu/cpu.go", CGO_ONLY)
                .file("Dockerfile", "FROM golang:1.22-alpine\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n");
        assertTrue(project.findings().stream().noneMatch(f -> f.rule().equals(ID)), "one finding per cause");
        Finding finding = project.only(CgoWithoutCCompilerRule.INFO.id());
        assertEquals(3, finding.location().range().start().line());
        assertTrue(finding.message().contains("apk add --no-cache gcc musl-dev"), finding.message());
    }

    @Test
    void aKnownCgoModuleFailsAtRunTime() {
        TestProject project = new TestProject(dir).module("1.22", "github.com/mattn/go-sqlite3")
                .file("Makefile", "build:\n\tCGO_ENABLED=0 go build -o bin/app .\n");
        Finding finding = project.only(ID);
        assertTrue(finding.message().contains("go-sqlite3 requires cgo to work"), finding.message());
        assertEquals("main.go", finding.related().get(0).location().path());
    }

    @Test
    void aKnownCgoModuleOnlyAnotherModuleImportsIsInfoBecauseThatModuleMayFallBack() {
        TestProject direct = vendoredSqlite(dir.resolve("direct"), "github.com/mattn/go-sqlite3");
        assertEquals(Severity.ERROR, direct.only(ID).severity());
        TestProject indirect = vendoredSqlite(dir.resolve("indirect"), "example.com/cache");
        Finding finding = indirect.only(ID);
        assertEquals(Severity.INFO, finding.severity());
        assertTrue(finding.message().contains("only other modules' packages import it"), finding.message());
    }

    /** A module whose main package imports {@code imported}; example.com/cache and go-sqlite3 are vendored. */
    private static TestProject vendoredSqlite(Path root, String imported) {
        return new TestProject(root).module("1.22", imported)
                .file("go.mod", "module example.com/app\n\ngo 1.22\n\nrequire (\n\texample.com/cache v1.0.0\n"
                        + "\tgithub.com/mattn/go-sqlite3 v1.14.22\n)\n")
                .file("vendor/modules.txt", "# example.com/cache v1.0.0\n## explicit\nexample.com/cache\n"
                        + "# github.com/mattn/go-sqlite3 v1.14.22\n## explicit\ngithub.com/mattn/go-sqlite3\n")
                .file("vendor/example.com/cache/cache.go", "package cache\n\nimport _ \"github.com/mattn/go-sqlite3\"\n")
                .file("vendor/github.com/mattn/go-sqlite3/sqlite3.go", "package sqlite3\n")
                .file("Makefile", "build:\n\tCGO_ENABLED=0 go build -o bin/app .\n");
    }

    @Test
    void staticLinkGetsTheNssTagsWithCgo() {
        TestProject project = new TestProject(dir).module("1.22", "net").file("cpu/cpu.go", CGO_ONLY)
                .file("main.go", "package main\n\nimport (\n\t_ \"net\"\n\t\"example.com/app/cpu\"\n)\n\nfunc main() { _ = cpu.Count() }\n")
                .file("Makefile", "build:\n\tCGO_ENABLED=0 go build -ldflags '-extldflags \"-static\"' -o bin/app .\n");
        String fixed = project.apply(TestProject.preferred(project.only(ID)), "Makefile");
        assertEquals("build:\n\tCGO_ENABLED=1 go build -tags netgo,osusergo -ldflags '-extldflags \"-static\"' -o bin/app .\n", fixed);
        assertTrue(project.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR), project.findings().toString());
    }

    @Test
    void noFindingWhenCgoIsOnOrNothingNeedsIt() {
        new TestProject(dir).module("1.22").file("main.go", MAIN).file("cpu/cpu.go", CGO_ONLY)
                .file("Makefile", "build:\n\tCGO_ENABLED=1 go build -o bin/app .\n");
        assertTrue(new TestProject(dir).findings(ID).isEmpty());
        new TestProject(dir).module("1.22", "net").file("Makefile", "build:\n\tCGO_ENABLED=0 go build -o bin/app .\n");
        assertTrue(new TestProject(dir).findings(ID).isEmpty());
    }
}
