package dev.cgoguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IneffectiveExtldflagsRuleTest {
    private static final String ID = IneffectiveExtldflagsRule.INFO.id();
    private static final String COMMAND = "CGO_ENABLED=1 go build -ldflags '-s -extldflags \"-static\"' -o bin/a .";

    @TempDir
    Path dir;

    @Test
    void staticAskedOnAnInternalLinkSaysTheBinaryIsDynamicAndPrefersCgoOff() {
        TestProject project = new TestProject(dir).module("1.22", "net/http").file("Makefile", "b:\n\t" + COMMAND + "\n");
        Finding finding = project.only(ID);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals(1, finding.location().range().start().line());
        assertTrue(finding.message().contains("The binary is dynamically linked"), finding.message());
        assertEquals("cgo-off", TestProject.preferred(finding).alternative());
        assertEquals("b:\n\tCGO_ENABLED=0 go build -ldflags '-s' -o bin/a .\n",
                project.apply(TestProject.preferred(finding), "Makefile"), "no -extldflags left that cgo off makes meaningless");
        assertTrue(project.findings(ID).isEmpty());
    }

    @Test
    void turningCgoOffChangesTheExportAboveRatherThanContradictingIt() {
        TestProject project = new TestProject(dir).module("1.22", "net/http").file("build.sh",
                "#!/bin/sh\nset -e\nexport CGO_ENABLED=1\ngo build -ldflags '-extldflags \"-static\"' -o bin/a .\n");
        String fixed = project.apply(TestProject.preferred(project.only(ID)), "build.sh");
        assertEquals("#!/bin/sh\nset -e\nexport CGO_ENABLED=0\ngo build -o bin/a .\n", fixed);
        assertTrue(project.findings().stream().noneMatch(f -> f.severity().atLeast(Severity.WARNING)), project.findings().toString());
    }

    @Test
    void anExportTwoCommandsReadStaysAndTheCommandGetsItsOwnSetting() {
        TestProject project = new TestProject(dir).module("1.22", "net/http").file("build.sh",
                "#!/bin/sh\nexport CGO_ENABLED=1\ngo build -ldflags '-extldflags \"-static\"' -o bin/a .\ngo test ./...\n");
        String fixed = project.apply(TestProject.preferred(project.only(ID)), "build.sh");
        assertEquals("#!/bin/sh\nexport CGO_ENABLED=1\nCGO_ENABLED=0 go build -o bin/a .\ngo test ./...\n", fixed);
    }

    @Test
    void aDockerfileEnvIsChangedInPlaceWhenOnlyThisBuildReadsIt() {
        TestProject project = new TestProject(dir).module("1.22", "net/http").file("Dockerfile",
                "FROM golang:1.22 AS build\nENV CGO_ENABLED=1\nWORKDIR /src\nCOPY . .\n"
                        + "RUN go build -ldflags '-extldflags \"-static\"' -o /out/app .\n");
        String fixed = project.apply(TestProject.preferred(project.only(ID)), "Dockerfile");
        assertEquals("FROM golang:1.22 AS build\nENV CGO_ENABLED=0\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n", fixed);
    }

    @Test
    void linkingExternallyComesWithTheNetgoTagWhenNetIsUsed() {
        TestProject project = new TestProject(dir).module("1.22", "net/http").file("Makefile", "b:\n\t" + COMMAND + "\n");
        Finding finding = project.only(ID);
        String fixed = project.apply(TestProject.titled(finding, "Link externally"), "Makefile");
        assertEquals("b:\n\tCGO_ENABLED=1 go build -tags netgo -ldflags '-linkmode=external -s -extldflags \"-static\"' -o bin/a .\n", fixed);
        assertEquals("external-link", TestProject.titled(finding, "Link externally").alternative());
        assertTrue(project.findings().stream().noneMatch(f -> f.severity().atLeast(Severity.WARNING)), project.findings().toString());
    }

    @Test
    void removingTheFlagKeepsTheOtherLinkerFlags() {
        TestProject project = new TestProject(dir).module("1.22", "os/user").file("Makefile", "b:\n\t" + COMMAND + "\n");
        String fixed = project.apply(TestProject.titled(project.only(ID), "Remove -extldflags"), "Makefile");
        assertEquals("b:\n\tCGO_ENABLED=1 go build -ldflags '-s' -o bin/a .\n", fixed);
    }

    @Test
    void notReportedWhenTheLinkIsExternalOrTheBinaryIsStaticAnyway() {
        TestProject project = new TestProject(dir).module("1.22", "net/http")
                .file("Makefile", "a:\n\tCGO_ENABLED=0 go build -ldflags '-extldflags \"-static\"' -o bin/a .\n"
                        + "b:\n\tgo build -tags netgo,osusergo -ldflags '-linkmode external -extldflags \"-static\"' -o bin/b .\n"
                        + "c:\n\tgo build -ldflags '-s -w' -o bin/c .\n");
        assertTrue(project.findings(ID).isEmpty(), project.findings().toString());
    }
}
