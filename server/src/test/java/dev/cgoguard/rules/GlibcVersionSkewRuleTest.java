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

class GlibcVersionSkewRuleTest {
    private static final String ID = GlibcVersionSkewRule.INFO.id();

    @TempDir
    Path dir;

    private TestProject server() {
        return new TestProject(dir).goMod("1.22").main("\t\"net/http\"", "\thttp.ListenAndServe(\":8080\", nil)");
    }

    @Test
    void bookwormBuildOnBullseyeCrossesGlibc234() {
        TestProject project = server().dockerfile("golang:1.22", "go build -o /out/app ./cmd/app", "FROM debian:bullseye-slim");
        Finding finding = project.only(ID);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(3, finding.location().range().start().line());
        assertTrue(finding.message().contains("version `GLIBC_2.34' not found"), finding.message());
        assertEquals(List.of("run-image", "older-build-image", "cgo-off"), finding.fixes().stream().map(Fix::alternative).toList());
        assertEquals("FROM debian:bookworm-slim", line(project.apply(preferred(finding), "Dockerfile"), 6));
        assertEquals(0, project.findings(ID).size());
    }

    @Test
    void olderBuilderFixBuildsOnTheRunImagesRelease() {
        TestProject project = server().dockerfile("golang:1.22", "go build -o /out/app ./cmd/app", "FROM debian:bullseye-slim");
        String fixed = project.apply(project.only(ID).fixes().get(1), "Dockerfile");
        assertEquals("FROM golang:1.22-bullseye AS build", line(fixed, 1));
        assertEquals(0, project.findings(ID).size());
    }

    @Test
    void cgoOffNeedsNoGlibcAtAllWhenNothingNeedsCgo() {
        TestProject project = server().dockerfile("golang:1.22", "go build -o /out/app ./cmd/app", "FROM debian:bullseye-slim");
        String fixed = project.apply(TestProject.titled(project.only(ID), "Build with CGO_ENABLED=0"), "Dockerfile");
        assertEquals("RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app", line(fixed, 4));
        assertEquals(List.of(), project.findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING)).toList());
    }

    @Test
    void bothNewerThan234IsAWarning() {
        TestProject project = server().dockerfile("golang:1.24-trixie", "go build -o /out/app ./cmd/app",
                "FROM gcr.io/distroless/base-debian12");
        Finding finding = project.only(ID);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("FROM gcr.io/distroless/base-debian13", line(project.apply(preferred(finding), "Dockerfile"), 6));
    }

    @Test
    void ubuntuRunImageGetsOnlyTheOlderBuilder() {
        TestProject project = server().dockerfile("golang:1.22", "go build -o /out/app ./cmd/app", "FROM ubuntu:20.04");
        Finding finding = project.only(ID);
        assertEquals(List.of("older-build-image", "cgo-off"), finding.fixes().stream().map(Fix::alternative).toList());
        assertEquals("FROM golang:1.22-bullseye AS build", line(project.apply(preferred(finding), "Dockerfile"), 1));
    }

    @Test
    void sameOrNewerRunGlibcOrStaticBinaryIsFine() {
        TestProject project = server();
        project.dockerfile("golang:1.22", "go build -o /out/app ./cmd/app", "FROM debian:trixie-slim");
        assertEquals(0, project.findings(ID).size());
        project.dockerfile("golang:1.22-bullseye", "go build -o /out/app ./cmd/app", "FROM debian:bullseye-slim");
        assertEquals(0, project.findings(ID).size());
        project.dockerfile("golang:1.22", "CGO_ENABLED=0 go build -o /out/app ./cmd/app", "FROM debian:bullseye-slim");
        assertEquals(0, project.findings(ID).size());
    }
}
