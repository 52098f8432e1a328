package dev.cgoguard.rules;

import static dev.cgoguard.testing.TestProject.line;
import static dev.cgoguard.testing.TestProject.preferred;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoVersionKnownBugRuleTest {
    private static final String ID = GoVersionKnownBugRule.INFO.id();
    private static final String STATIC_BUILD = "CGO_ENABLED=0 go build -o /out/app ./cmd/app";

    @TempDir
    Path dir;

    private TestProject project() {
        return new TestProject(dir).goMod("1.22").main("\t\"fmt\"", "\tfmt.Println(1)");
    }

    @Test
    void go192HasTheVdsoBug() {
        TestProject project = project().dockerfile("golang:1.9.2", STATIC_BUILD, "FROM scratch");
        Finding finding = project.only(ID);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals(0, finding.location().range().start().line(), "on the FROM line");
        assertTrue(finding.message().contains("golang/go#20427"), finding.message());
        assertEquals("FROM golang:1.27-bookworm AS build", line(project.apply(preferred(finding), "Dockerfile"), 1));
        assertEquals(0, project.findings(ID).size());
    }

    @Test
    void aFloatingMinorTagHasTheFixedPatch() {
        Finding finding = project().dockerfile("golang:1.9", STATIC_BUILD, "FROM scratch").only(ID);
        assertEquals(Severity.INFO, finding.severity());
        assertTrue(!finding.message().contains("20427"), finding.message());
    }

    @Test
    void unsupportedReleaseIsInfoAndKeepsTheDebianRelease() {
        TestProject project = project().dockerfile("golang:1.22", "go build -o /out/app ./cmd/app", "FROM debian:bookworm-slim");
        Finding finding = project.only(ID);
        assertEquals(Severity.INFO, finding.severity());
        assertEquals("FROM golang:1.27-bookworm AS build", line(project.apply(preferred(finding), "Dockerfile"), 1));
        assertEquals(0, project.findings(ID).size());
        assertEquals(0, project.findings(GlibcVersionSkewRule.INFO.id()).size());
    }

    @Test
    void noBumpThatWouldRaiseTheGlibcOfADynamicBinary() {
        TestProject project = new TestProject(dir).goMod("1.22").main("\t\"net/http\"", "\thttp.ListenAndServe(\":8080\", nil)")
                .dockerfile("golang:1.22-bullseye", "go build -o /out/app ./cmd/app", "FROM debian:bullseye-slim");
        assertEquals(0, project.only(ID).fixes().size());
    }

    @Test
    void setupGoInAWorkflowIsTheToolchain() {
        TestProject project = project().file(".github/workflows/ci.yml", """
                name: ci
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-22.04
                    steps:
                      - uses: actions/setup-go@v5
                        with:
                          go-version: '1.9.2'
                      - run: go build -o bin/app ./cmd/app
                      - run: go test ./...
                """);
        Finding finding = project.only(ID);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals(".github/workflows/ci.yml", finding.location().path());
        assertEquals(8, finding.location().range().start().line(), "once, on the go-version that sets it up");
        assertEquals(0, finding.fixes().size(), "no Dockerfile edit for a workflow");
    }

    @Test
    void supportedReleasesAndGoModLinesAreNotReported() {
        TestProject project = project().dockerfile("golang:1.27", STATIC_BUILD, "FROM scratch");
        assertEquals(0, project.findings(ID).size());
        project.dockerfile("golang:1.26-alpine", STATIC_BUILD, "FROM scratch");
        assertEquals(0, project.findings(ID).size());
        project.file("go.mod", "module example.com/app\n\ngo 1.12\n").file("Dockerfile", "")
                .file("Makefile", "build:\n\tgo build -o bin/app ./cmd/app\n");
        assertEquals(0, project.findings(ID).size(), "go.mod names a minimum, not the toolchain");
    }
}
