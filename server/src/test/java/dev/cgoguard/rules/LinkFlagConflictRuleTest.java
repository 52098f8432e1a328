package dev.cgoguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkFlagConflictRuleTest {
    private static final String ID = LinkFlagConflictRule.INFO.id();

    @TempDir
    Path dir;

    @Test
    void staticPieWithoutPieBuildModeGetsTheBuildMode() {
        TestProject project = new TestProject(dir).module("1.22", "fmt")
                .file("Makefile", "b:\n\tgo build -ldflags '-linkmode external -extldflags -static-pie' -o bin/a .\n");
        Finding finding = project.only(ID);
        assertEquals(Severity.ERROR, finding.severity());
        assertTrue(finding.message().contains("read-only segment has dynamic relocations"), finding.message());
        assertEquals("b:\n\tgo build -buildmode=pie -ldflags '-linkmode external -extldflags -static-pie' -o bin/a .\n",
                project.apply(TestProject.preferred(finding), "Makefile"));
        assertTrue(project.findings(ID).isEmpty());
    }

    @Test
    void externalLinkWithCgoOffOnGo122DropsTheLinkMode() {
        TestProject project = new TestProject(dir).module("1.22", "fmt")
                .file("Makefile", "b:\n\tCGO_ENABLED=0 go build -ldflags \"-s -linkmode external -w\" -o bin/a .\n");
        Finding finding = project.only(ID);
        assertTrue(finding.message().contains("-linkmode requires external (cgo) linking"), finding.message());
        assertEquals("b:\n\tCGO_ENABLED=0 go build -ldflags \"-s -w\" -o bin/a .\n",
                project.apply(TestProject.preferred(finding), "Makefile"));
        assertTrue(project.findings(ID).isEmpty());
    }

    @Test
    void externalLinkWithCgoOffIsFineBeforeGo122AndUncertainWithoutAVersion() {
        TestProject old = new TestProject(dir).module("1.21", "fmt")
                .file("Makefile", "b:\n\tCGO_ENABLED=0 go build -ldflags=-linkmode=external -o bin/a .\n");
        assertTrue(old.findings(ID).isEmpty());
        TestProject unknown = new TestProject(dir).file("go.mod", "module example.com/app\n");
        Finding finding = unknown.only(ID);
        assertEquals(Severity.INFO, finding.severity());
        assertTrue(finding.message().contains("Go version is not known"), finding.message());
        assertEquals("b:\n\tCGO_ENABLED=0 go build -o bin/a .\n", unknown.apply(TestProject.preferred(finding), "Makefile"));
    }

    @Test
    void netgoWithNetcgoDropsNetcgo() {
        TestProject project = new TestProject(dir).module("1.23", "net")
                .file("build.sh", "#!/bin/sh\ngo build -tags 'netcgo,netgo,osusergo' -o bin/a .\n");
        Finding finding = project.only(ID);
        assertTrue(finding.message().contains("Do not use both netgo and netcgo build tags."), finding.message());
        assertEquals("#!/bin/sh\ngo build -tags 'netgo,osusergo' -o bin/a .\n", project.apply(TestProject.preferred(finding), "build.sh"));
        assertTrue(project.findings(ID).isEmpty());
    }

    @Test
    void raceWithCgoOffTurnsCgoOnOrSaysWhatToInstall() {
        TestProject project = new TestProject(dir).module("1.22", "fmt")
                .file("Makefile", "t:\n\tCGO_ENABLED=0 go test -race ./...\n");
        Finding finding = project.only(ID);
        assertTrue(finding.message().contains("-race requires cgo"), finding.message());
        assertEquals("t:\n\tCGO_ENABLED=1 go test -race ./...\n", project.apply(TestProject.preferred(finding), "Makefile"));
        assertTrue(project.findings(ID).isEmpty());

        TestProject alpine = new TestProject(dir).file("Makefile", "t:\n\tgo test ./...\n")
                .file("Dockerfile", "FROM golang:1.22-alpine\nWORKDIR /src\nCOPY . .\nRUN go test -race ./...\n");
        Finding inAlpine = alpine.only(ID);
        assertEquals(3, inAlpine.location().range().start().line());
        assertTrue(inAlpine.message().contains("apk add"), inAlpine.message());
        assertTrue(inAlpine.fixes().isEmpty());
    }

    @Test
    void eachConflictAlsoOffersItsOtherRemedy() {
        TestProject pie = new TestProject(dir.resolve("pie")).module("1.22", "fmt")
                .file("Makefile", "b:\n\tgo build -ldflags '-linkmode external -extldflags -static-pie' -o bin/a .\n");
        assertEquals("b:\n\tgo build -ldflags '-linkmode external -extldflags -static' -o bin/a .\n",
                pie.apply(TestProject.titled(pie.only(ID), "Use -extldflags -static"), "Makefile"));
        assertTrue(pie.findings(ID).isEmpty());

        TestProject linkmode = new TestProject(dir.resolve("linkmode")).module("1.22", "fmt")
                .file("Makefile", "b:\n\tCGO_ENABLED=0 go build -ldflags \"-s -linkmode external -w\" -o bin/a .\n");
        Finding external = linkmode.only(ID);
        assertEquals(List.of("remove-linkmode", "cgo-on"), external.fixes().stream().map(Fix::alternative).toList());
        assertEquals("b:\n\tCGO_ENABLED=1 go build -ldflags \"-s -linkmode external -w\" -o bin/a .\n",
                linkmode.apply(TestProject.titled(external, "Set CGO_ENABLED=1"), "Makefile"));
        assertTrue(linkmode.findings(ID).isEmpty());

        TestProject tags = new TestProject(dir.resolve("tags")).module("1.23", "net")
                .file("build.sh", "#!/bin/sh\ngo build -tags 'netcgo,netgo,osusergo' -o bin/a .\n");
        assertEquals("#!/bin/sh\ngo build -tags 'netcgo,osusergo' -o bin/a .\n",
                tags.apply(TestProject.titled(tags.only(ID), "Remove the netgo tag"), "build.sh"));
        assertTrue(tags.findings(ID).isEmpty());
    }

    @Test
    void validCombinationsAreNotReported() {
        TestProject project = new TestProject(dir).module("1.22", "fmt")
                .file("Makefile", "a:\n\tgo build -buildmode=pie -ldflags '-linkmode external -extldflags -static-pie' -o bin/a .\n"
                        + "b:\n\tgo test -race ./...\n"
                        + "c:\n\tCGO_ENABLED=1 go build -ldflags=-linkmode=external -tags netgo -o bin/c .\n");
        assertTrue(project.findings(ID).isEmpty(), project.findings().toString());
    }
}
