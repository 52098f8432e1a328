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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeLibcMismatchRuleTest {
    private static final String ID = RuntimeLibcMismatchRule.INFO.id();
    private static final String NATIVE = "package native\n\n// int answer(void) { return 42; }\nimport \"C\"\n\n"
            + "func Answer() int { return int(C.answer()) }\n";

    @TempDir
    Path dir;

    @Test
    void netProgramBuiltWithCgoIntoScratchFailsToStart() {
        TestProject project = new TestProject(dir).goMod("1.22").main("\t\"net/http\"", "\thttp.ListenAndServe(\":8080\", nil)")
                .dockerfile("golang:1.22", "go build -o /out/app ./cmd/app", "FROM scratch");
        Finding finding = project.only(ID);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(3, finding.location().range().start().line());
        assertTrue(finding.message().contains("exec /app: no such file or directory"), finding.message());
        assertTrue(finding.message().contains("/lib64/ld-linux-x86-64.so.2"), finding.message());
        assertEquals(5, finding.related().get(0).location().range().start().line(), "the FROM of the run stage");

        String fixed = project.apply(preferred(finding), "Dockerfile");
        assertEquals("RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app", line(fixed, 4));
        assertEquals(0, project.findings(ID).size(), "a static binary runs in scratch");
    }

    @Test
    void otherFixRunsInTheDebianReleaseOfTheBuild() {
        TestProject project = new TestProject(dir).goMod("1.22").main("\t\"net/http\"", "\thttp.ListenAndServe(\":8080\", nil)")
                .dockerfile("golang:1.22", "go build -o /out/app ./cmd/app", "FROM scratch");
        Fix image = project.only(ID).fixes().get(1);
        assertEquals("FROM debian:bookworm-slim", line(project.apply(image, "Dockerfile"), 6));
        assertEquals(0, project.findings(ID).size());
        assertEquals(0, project.findings(GlibcVersionSkewRule.INFO.id()).size());
    }

    @Test
    void cgoPackageInAlpineGetsNoCgoOffFixButAMuslBuild() {
        TestProject project = new TestProject(dir).goMod("1.22")
                .main("\t\"fmt\"\n\t\"example.com/app/internal/native\"", "\tfmt.Println(native.Answer())")
                .file("internal/native/native.go", NATIVE)
                .dockerfile("golang:1.22", "go build -o /out/app ./cmd/app", "FROM alpine:3.19");
        Finding finding = project.only(ID);
        assertTrue(finding.message().contains("musl 1.2.4"), finding.message());
        assertTrue(finding.fixes().stream().noneMatch(f -> f.title().contains("CGO_ENABLED=0")), "cgo is needed");
        assertTrue(preferred(finding).title().startsWith("Run in debian:bookworm-slim"), preferred(finding).title());
        Fix musl = finding.fixes().get(1);
        String fixed = project.apply(musl, "Dockerfile");
        assertEquals("FROM golang:1.22-alpine AS build", line(fixed, 1));
        assertEquals("RUN apk add --no-cache build-base", line(fixed, 2));
        assertEquals(0, project.findings(ID).size(), "a musl binary in Alpine");
        assertEquals(0, project.findings(CgoWithoutCCompilerRule.INFO.id()).size());
    }

    @Test
    void pieIntoDistrolessStaticGetsTheBaseImage() {
        TestProject project = new TestProject(dir).goMod("1.22").main("\t\"fmt\"", "\tfmt.Println(1)")
                .dockerfile("golang:1.22", "CGO_ENABLED=0 go build -buildmode=pie -o /out/app ./cmd/app",
                        "FROM gcr.io/distroless/static-debian12");
        Finding finding = project.only(ID);
        assertTrue(finding.message().contains("-buildmode=pie"), finding.message());
        assertEquals("FROM gcr.io/distroless/base-debian12", line(project.apply(preferred(finding), "Dockerfile"), 6));
        assertEquals(0, project.findings(ID).size());
    }

    @Test
    void aBinaryAMakefileBuildsIntoTheContextAndADockerfileCopiesIntoScratchFailsToStart() {
        TestProject project = new TestProject(dir).goMod("1.22").main("\t\"net/http\"", "\thttp.ListenAndServe(\":8080\", nil)")
                .file("Makefile", "build:\n\tgo build -o bin/app ./cmd/app\n")
                .file("Dockerfile", "FROM scratch\nCOPY bin/app /app\nENTRYPOINT [\"/app\"]\n");
        Finding finding = project.only(ID);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("Makefile", finding.location().path());
        assertEquals(1, finding.location().range().start().line());
        assertTrue(finding.message().contains("exec /app: no such file or directory"), finding.message());
        assertTrue(finding.related().stream().anyMatch(r -> r.location().path().equals("Dockerfile")
                && r.location().range().start().line() == 1), finding.related().toString());
    }

    @Test
    void aStaticBinaryOrAnotherFileCopiedFromTheContextIsNotReported() {
        TestProject cgoOff = new TestProject(dir.resolve("off")).goMod("1.22")
                .main("\t\"net/http\"", "\thttp.ListenAndServe(\":8080\", nil)")
                .file("Makefile", "build:\n\tCGO_ENABLED=0 go build -o bin/app ./cmd/app\n")
                .file("Dockerfile", "FROM scratch\nCOPY bin/app /app\nENTRYPOINT [\"/app\"]\n");
        assertEquals(0, cgoOff.findings(ID).size());
        TestProject other = new TestProject(dir.resolve("other")).goMod("1.22")
                .main("\t\"net/http\"", "\thttp.ListenAndServe(\":8080\", nil)")
                .file("Makefile", "build:\n\tgo build -o bin/tool ./cmd/app\n")
                .file("Dockerfile", "FROM scratch\nCOPY bin/app /app\nENTRYPOINT [\"/app\"]\n");
        assertEquals(0, other.findings(ID).size());
    }

    @Test
    void staticOrMatchingOrUnknownImagesAreNotReported() {
        TestProject project = new TestProject(dir).goMod("1.22").main("\t\"net/http\"", "\thttp.ListenAndServe(\":8080\", nil)");
        project.dockerfile("golang:1.22", "CGO_ENABLED=0 go build -o /out/app ./cmd/app", "FROM scratch");
        assertEquals(0, project.findings(ID).size());
        project.dockerfile("golang:1.22", "go build -tags netgo -o /out/app ./cmd/app", "FROM scratch");
        assertEquals(0, project.findings(ID).size());
        project.dockerfile("golang:1.22", "go build -o /out/app ./cmd/app", "FROM debian:bookworm-slim");
        assertEquals(0, project.findings(ID).size());
        project.dockerfile("golang:1.22", "go build -o /out/app ./cmd/app", "FROM example.com/our/base:7");
        assertEquals(0, project.findings(ID).size());
    }

    @Test
    void cgoFromAnUnknownArgumentIsInfo() {
        TestProject project = new TestProject(dir).goMod("1.22").main("\t\"net/http\"", "\thttp.ListenAndServe(\":8080\", nil)")
                .file("Dockerfile", "FROM golang:1.22 AS build\nARG CGO\nWORKDIR /src\nCOPY . .\n"
                        + "RUN CGO_ENABLED=$CGO go build -o /out/app ./cmd/app\n\nFROM scratch\nCOPY --from=build /out/app /app\n");
        Finding finding = project.only(ID);
        assertEquals(Severity.INFO, finding.severity());
        assertTrue(finding.message().contains("not certain"), finding.message());
    }
}
