package dev.cgoguard.rules;

import static dev.cgoguard.testing.TestProject.line;
import static dev.cgoguard.testing.TestProject.preferred;
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

class CgoWithoutCCompilerRuleTest {
    private static final String ID = CgoWithoutCCompilerRule.INFO.id();

    @TempDir
    Path dir;

    private TestProject server() {
        return new TestProject(dir).goMod("1.22").main("\t\"net/http\"", "\thttp.ListenAndServe(\":8080\", nil)");
    }

    @Test
    void cgoEnabledOnAlpineWithoutGcc() {
        TestProject project = server().dockerfile("golang:1.22-alpine", "CGO_ENABLED=1 go build -o /out/app ./cmd/app",
                "FROM alpine:3.19");
        Finding finding = project.only(ID);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(3, finding.location().range().start().line());
        assertTrue(finding.message().contains("cgo: C compiler \"gcc\" not found"), finding.message());
        String fixed = project.apply(preferred(finding), "Dockerfile");
        assertEquals("FROM golang:1.22-alpine AS build", line(fixed, 1));
        assertEquals("RUN apk add --no-cache gcc musl-dev", line(fixed, 2));
        assertEquals(0, project.findings(ID).size());
    }

    @Test
    void cgoAskedForWithNothingThatNeedsItCanBeTurnedOffInstead() {
        TestProject project = server().dockerfile("golang:1.22-alpine", "CGO_ENABLED=1 go build -o /out/app ./cmd/app",
                "FROM alpine:3.19");
        Finding finding = project.only(ID);
        assertEquals(List.of("install", "cgo-off"), finding.fixes().stream().map(Fix::alternative).toList());
        String fixed = project.apply(TestProject.titled(finding, "Build with CGO_ENABLED=0"), "Dockerfile");
        assertEquals("RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app", line(fixed, 4));
        assertEquals(0, project.findings(ID).size());
    }

    @Test
    void packageThatNeedsCgoWhereCgoIsOffForLackOfACompiler() {
        TestProject project = new TestProject(dir).goMod("1.22")
                .main("\t\"fmt\"\n\t\"example.com/app/internal/native\"", "\tfmt.Println(native.Answer())")
                .file("internal/native/native.go", "package native\n\n// int answer(void) { return 42; }\nimport \"C\"\n\n"
                        + "func Answer() int { return int(C.answer()) }\n")
                .dockerfile("golang:1.22-alpine", "go build -o /out/app ./cmd/app", "FROM alpine:3.19");
        Finding finding = project.only(ID);
        assertTrue(finding.message().contains("build constraints exclude all Go files"), finding.message());
        assertEquals("internal/native/native.go", finding.related().get(1).location().path());
        project.apply(preferred(finding), "Dockerfile");
        assertEquals(0, project.findings(ID).size());
    }

    @Test
    void debianBuildStageGetsAnAptInstall() {
        TestProject project = server();
        project.file("Dockerfile", "FROM debian:trixie AS build\nRUN apt-get update && apt-get install -y golang-go\n"
                + "WORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=1 go build -o /out/app ./cmd/app\n");
        Finding finding = project.only(ID);
        String fixed = project.apply(preferred(finding), "Dockerfile");
        assertTrue(line(fixed, 2).startsWith("RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev"), fixed);
        assertEquals(0, project.findings(ID).size());
    }

    @Test
    void beforeGo120TheStandardLibraryCameCompiled() {
        TestProject project = server();
        project.file("Dockerfile", "FROM debian:bookworm AS build\nRUN apt-get update && apt-get install -y golang-go\n"
                + "WORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=1 go build -o /out/app ./cmd/app\n");
        assertEquals(0, project.findings(ID).size(), "Debian 12's golang-go is Go 1.19: net's cgo needs no gcc");
    }

    @Test
    void compilerInstalledOrCgoOffOnPurposeIsFine() {
        TestProject project = server();
        project.file("Dockerfile", "FROM golang:1.22-alpine AS build\nRUN apk add --no-cache build-base\nWORKDIR /src\n"
                + "COPY . .\nRUN CGO_ENABLED=1 go build -o /out/app ./cmd/app\n");
        assertEquals(0, project.findings(ID).size());
        project.dockerfile("golang:1.22-alpine", "CGO_ENABLED=0 go build -o /out/app ./cmd/app", "FROM scratch");
        assertEquals(0, project.findings(ID).size());
        project.dockerfile("golang:1.22-alpine", "go build -o /out/app ./cmd/app", "FROM scratch");
        assertEquals(0, project.findings(ID).size(), "nothing needs cgo: off by default is right");
        project.dockerfile("golang:1.22", "CGO_ENABLED=1 go build -o /out/app ./cmd/app", "FROM debian:bookworm-slim");
        assertEquals(0, project.findings(ID).size(), "the golang Debian images have gcc");
    }
}
