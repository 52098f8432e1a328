package dev.cgoguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossCompileCgoNoCcRuleTest {
    private static final String ID = CrossCompileCgoNoCcRule.INFO.id();
    private static final String CGO = "package cpu\n\n// #include <unistd.h>\nimport \"C\"\n\nfunc Count() int { return 1 }\n";

    @TempDir
    Path dir;

    @Test
    void pureGoCrossCompilePrefersCgoOff() {
        TestProject project = new TestProject(dir).module("1.22", "net/http")
                .file("Makefile", "rel:\n\tCGO_ENABLED=1 GOARCH=arm64 go build -o bin/app .\n");
        Finding finding = project.only(ID);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(1, finding.location().range().start().line());
        assertTrue(finding.message().contains("linux/arm64"), finding.message());
        assertEquals("rel:\n\tCGO_ENABLED=0 GOARCH=arm64 go build -o bin/app .\n",
                project.apply(TestProject.preferred(finding), "Makefile"));
        assertTrue(project.findings(ID).isEmpty());
    }

    @Test
    void cgoCodeGetsTheCrossCompilerAsItsOnlyFix() {
        TestProject project = new TestProject(dir).module("1.22").file("cpu/cpu.go", CGO)
                .file("main.go", "package main\n\nimport _ \"example.com/app/cpu\"\n\nfunc main() {}\n")
                .file("build.sh", "#!/bin/sh\nexport CGO_ENABLED=1\nGOOS=linux GOARCH=arm CC=gcc go build -o bin/app .\n");
        Finding finding = project.only(ID);
        assertEquals(1, finding.fixes().size());
        assertEquals("#!/bin/sh\nexport CGO_ENABLED=1\nGOOS=linux GOARCH=arm CC=arm-linux-gnueabihf-gcc go build -o bin/app .\n",
                project.apply(TestProject.preferred(finding), "build.sh"));
        assertTrue(project.findings(ID).isEmpty());
    }

    @Test
    void buildingForTheDockerTargetPlatformIsInfoWithoutFix() {
        TestProject project = new TestProject(dir).module("1.22").file("cpu/cpu.go", CGO)
                .file("main.go", "package main\n\nimport _ \"example.com/app/cpu\"\n\nfunc main() {}\n")
                .file("Dockerfile", "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nARG TARGETARCH\nWORKDIR /src\nCOPY . .\n"
                        + "RUN CGO_ENABLED=1 GOARCH=$TARGETARCH go build -o /out/app .\n");
        Finding finding = project.only(ID);
        assertEquals(Severity.INFO, finding.severity(), "it fails only where other platforms than the build platform are built");
        assertEquals(4, finding.location().range().start().line());
        assertTrue(finding.fixes().isEmpty());
    }

    @Test
    void noFindingWithACrossCompilerNativeBuildOrCgoOff() {
        TestProject project = new TestProject(dir).module("1.22", "net")
                .file("Makefile", "a:\n\tCGO_ENABLED=1 GOARCH=arm64 CC=aarch64-linux-gnu-gcc go build -o bin/a .\n"
                        + "b:\n\tCGO_ENABLED=1 go build -o bin/b .\n"
                        + "c:\n\tGOARCH=arm64 go build -o bin/c .\n"
                        + "d:\n\tCGO_ENABLED=1 GOARCH=arm64 CC=\"zig cc -target aarch64-linux-gnu\" go build -o bin/d .\n");
        assertFalse(project.findings().stream().anyMatch(f -> f.rule().equals(ID)), project.findings().toString());
    }
}
