package dev.cgoguard.docker;

import static dev.cgoguard.docker.Dockerfiles.evaluate;
import static dev.cgoguard.docker.Dockerfiles.file;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.shell.ShellValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerfileEvaluatorTest {

    @Test
    void globalArgExpandsInFromWithDefaultOverrideAndModifiers() {
        String[] lines = {
            "ARG GO_VERSION=1.22",
            "ARG VARIANT",
            "FROM golang:${GO_VERSION}-bookworm AS a",
            "FROM golang:$GO_VERSION${VARIANT:+-}${VARIANT} AS b",
            "FROM alpine:${ALPINE:-3.19} AS c"};
        DockerEvaluation defaults = DockerfileEvaluator.evaluate(file(lines), Map.of(), null);
        assertEquals("golang:1.22-bookworm", defaults.stages().get(0).base().text());
        assertEquals("2.36", defaults.stages().get(0).facts().libcVersion());
        assertFalse(defaults.stages().get(1).base().known(), "VARIANT has no default");
        assertEquals("alpine:3.19", defaults.stages().get(2).base().text());

        DockerEvaluation overridden = DockerfileEvaluator.evaluate(file(lines),
                Map.of("GO_VERSION", "1.25", "VARIANT", "alpine", "ALPINE", "3.24"), null);
        assertEquals("golang:1.25-bookworm", overridden.stages().get(0).base().text());
        assertEquals("golang:1.25-alpine", overridden.stages().get(1).base().text());
        assertEquals("musl", overridden.stages().get(1).facts().libc());
        assertEquals("1.25", overridden.stages().get(1).facts().goVersion());
        assertEquals("alpine:3.19", overridden.stages().get(2).base().text(), "ALPINE is never declared with ARG");
    }

    @Test
    void oneTextUnderTwoSetsOfArgumentsGivesEachStageTheArgumentsItReads() {
        dev.cgoguard.workspace.WorkspaceFile dockerfile = file(
                "ARG GO_VERSION=1.22",
                "FROM golang:${GO_VERSION} AS build",
                "ARG STATIC=1",
                "ENV CGO_ENABLED=$STATIC",
                "FROM build AS test",
                "RUN go test ./...",
                "FROM alpine:3.20 AS tools",
                "ARG TARGETARCH",
                "RUN echo $TARGETARCH",
                "FROM alpine:3.20 AS release",
                "COPY --from=build /out/app /app",
                "COPY --from=7 /x /y");
        DockerEvaluation defaults = DockerfileEvaluator.evaluate(dockerfile, Map.of(), null);
        DockerEvaluation dynamic = DockerfileEvaluator.evaluate(dockerfile, Map.of("STATIC", "0"), null);
        DockerEvaluation arm = DockerfileEvaluator.evaluate(dockerfile, Map.of("TARGETPLATFORM", "linux/arm64"), null);

        assertEquals(ShellValue.known("1"), defaults.stages().get(0).env().get("CGO_ENABLED"));
        assertEquals(ShellValue.known("0"), dynamic.stages().get(0).env().get("CGO_ENABLED"));
        assertEquals(ShellValue.known("0"), dynamic.stages().get(1).env().get("CGO_ENABLED"),
                "a stage built FROM a stage that changed sees the change");
        assertEquals(ShellValue.known("1"), arm.stages().get(1).env().get("CGO_ENABLED"));
        assertEquals(ShellValue.known("amd64"), defaults.stages().get(2).args().get("TARGETARCH"));
        assertEquals(ShellValue.known("amd64"), dynamic.stages().get(2).args().get("TARGETARCH"));
        assertEquals(ShellValue.known("arm64"), arm.stages().get(2).args().get("TARGETARCH"));
        assertEquals("linux/arm64", arm.stages().get(3).platform().value().text());
        assertEquals("linux/amd64", dynamic.stages().get(3).platform().value().text());
        for (DockerEvaluation evaluation : List.of(defaults, dynamic, arm)) {
            assertEquals(List.of("--from=7 names no earlier stage"),
                    evaluation.problems().stream().map(DockerProblem::message).toList(),
                    "a stage taken as it was evaluated keeps its problems");
            assertEquals("/app", evaluation.stages().get(3).copies().get(0).destination());
        }
        // a stage that reads none of the arguments that differ is evaluated once for both builds
        assertTrue(defaults.stages().get(3) == dynamic.stages().get(3));
        assertTrue(defaults.stages().get(2) == dynamic.stages().get(2));
        assertFalse(defaults.stages().get(1) == dynamic.stages().get(1));
    }

    @Test
    void aRelativeCopyUnderAWorkdirOfUnknownValueIsEvaluated() {
        DockerEvaluation eval = evaluate(
                "FROM golang:1.22 AS build",
                "ARG REPO",
                "WORKDIR /go/src/${REPO}",
                "COPY go.mod .",
                "RUN go build -o /out/app .");
        assertEquals(1, eval.stages().size());
    }

    @Test
    void globalArgIsVisibleInAStageOnlyWhenRedeclared() {
        DockerEvaluation eval = evaluate(
                "ARG APP=server",
                "FROM alpine:3.20",
                "WORKDIR /x/$APP",
                "ARG APP",
                "WORKDIR $APP");
        assertEquals("/x/server", eval.stages().get(0).workdir());
        assertEquals(ShellValue.known("server"), eval.stages().get(0).args().get("APP"));
    }

    @Test
    void envIsInheritedByAStageBuiltFromAnEarlierStage() {
        DockerEvaluation eval = evaluate(
                "FROM golang:1.22 AS base",
                "ENV CGO_ENABLED=0 GOFLAGS=\"-trimpath -mod=readonly\"",
                "ENV LEGACY value with spaces",
                "WORKDIR /src",
                "FROM base AS build",
                "ENV A=1 B=$A",
                "RUN go build ./...");
        DockerStage build = eval.stages().get(1);
        assertEquals(0, build.baseStage());
        assertEquals("0", build.env().get("CGO_ENABLED").text());
        assertEquals("-trimpath -mod=readonly", build.env().get("GOFLAGS").text());
        assertEquals("value with spaces", build.env().get("LEGACY").text());
        assertEquals("", build.env().get("B").text(), "B sees the environment from before the instruction");
        assertEquals("/src", build.runs().get(0).workdir());
        assertEquals("2.36", build.facts().libcVersion(), "facts come from the base stage");
        assertEquals("0", build.runs().get(0).env().get("CGO_ENABLED").text());
    }

    @Test
    void workdirIsCumulativeAndStartsAtRoot() {
        DockerEvaluation eval = evaluate(
                "FROM alpine:3.19",
                "RUN pwd",
                "WORKDIR app",
                "WORKDIR ./src/../cmd",
                "ENV D=/opt",
                "RUN pwd",
                "WORKDIR $D/x",
                "RUN pwd");
        List<DockerRun> runs = eval.stages().get(0).runs();
        assertEquals("/", runs.get(0).workdir());
        assertEquals("/app/cmd", runs.get(1).workdir());
        assertEquals("/opt/x", runs.get(2).workdir());
    }

    @Test
    void heredocRunsTheBodyAndMapsItBackToTheFile() {
        DockerEvaluation eval = evaluate(
                "FROM golang:1.23",
                "RUN <<EOF",
                "set -e",
                "go build -o /out/app .",
                "EOF",
                "RUN cat <<A > /a && <<-B cat > /b",
                "one",
                "A",
                "\ttwo",
                "\tB");
        List<DockerRun> runs = eval.stages().get(0).runs();
        DockerRun first = runs.get(0);
        assertEquals("set -e\ngo build -o /out/app .\n", first.script().text());
        int go = first.script().text().indexOf("go build");
        assertEquals(3, first.script().fileRange(go, go + 2).start().line());
        DockerRun second = runs.get(1);
        assertEquals("cat <<A > /a && <<-B cat > /b\none\nA\ntwo\nB\n", second.script().text());
        int two = second.script().text().indexOf("two");
        assertEquals(8, second.script().fileRange(two, two + 3).start().line());
        assertEquals(1, second.script().fileRange(two, two + 3).start().column(), "after the stripped tab");
    }

    @Test
    void execFormRunKeepsArgvAndNoScript() {
        DockerEvaluation eval = evaluate(
                "FROM golang:1.22",
                "RUN [\"go\", \"build\", \"-o\", \"/out/app\", \".\"]");
        DockerRun run = eval.stages().get(0).runs().get(0);
        assertNull(run.script());
        assertEquals(List.of("go", "build", "-o", "/out/app", "."), run.execForm());
    }

    @Test
    void commentsAndEmptyLinesInsideContinuationsAreLeftOut() {
        DockerEvaluation eval = evaluate(
                "FROM debian:bookworm",
                "RUN apt-get update && \\",
                "    # the compiler",
                "",
                "    apt-get install -y gcc");
        DockerStage stage = eval.stages().get(0);
        assertEquals("apt-get update &&     apt-get install -y gcc", stage.runs().get(0).script().text());
        assertEquals(Boolean.TRUE, stage.facts().cCompiler());
        assertEquals(Boolean.FALSE, stage.baseFacts().cCompiler());
    }

    @Test
    void copyFromByNameIndexAndImage() {
        DockerEvaluation eval = evaluate(
                "FROM golang:1.22 AS Build",
                "FROM scratch",
                "WORKDIR /app",
                "COPY --from=build /out/a ./",
                "COPY --from=0 /out/b /b",
                "COPY --from=alpine:3.19 /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/",
                "COPY main.go go.mod /src/");
        List<DockerCopy> copies = eval.stages().get(1).copies();
        assertEquals(CopyOrigin.Kind.STAGE, copies.get(0).from().kind());
        assertEquals(0, copies.get(0).from().stageIndex());
        assertEquals("/app", copies.get(0).destination());
        assertTrue(copies.get(0).destinationIsDirectory());
        assertEquals(0, copies.get(1).from().stageIndex());
        assertEquals(CopyOrigin.Kind.IMAGE, copies.get(2).from().kind());
        assertEquals("musl", copies.get(2).from().imageFacts().libc());
        assertEquals(CopyOrigin.Kind.CONTEXT, copies.get(3).from().kind());
        assertEquals(List.of("main.go", "go.mod"), copies.get(3).sources());
    }

    @Test
    void crossCompileStageBuildsOnTheBuildPlatform() {
        String[] lines = {
            "FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build",
            "ARG TARGETOS TARGETARCH",
            "RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .",
            "FROM alpine:3.20",
            "COPY --from=build /out/app /app"};
        DockerEvaluation eval = DockerfileEvaluator.evaluate(file(lines), Map.of("TARGETPLATFORM", "linux/arm64"), null);
        DockerStage build = eval.stages().get(0);
        assertTrue(build.platform().isBuildPlatform());
        assertEquals("linux/amd64", build.platform().value().text());
        DockerRun run = build.runs().get(0);
        assertEquals("linux", run.env().get("TARGETOS").text());
        assertEquals("arm64", run.env().get("TARGETARCH").text());
        assertEquals(DockerPlatform.Role.TARGET, eval.stages().get(1).platform().role());
        assertEquals("linux/arm64", eval.stages().get(1).platform().value().text());

        DockerEvaluation defaults = DockerfileEvaluator.evaluate(file(lines), Map.of(), null);
        assertEquals("amd64", defaults.stages().get(0).runs().get(0).env().get("TARGETARCH").text());
    }

    @Test
    void backtickEscapeDirectiveJoinsLines() {
        DockerEvaluation eval = evaluate(
                "# escape=`",
                "FROM alpine:3.19",
                "RUN echo C:\\dir `",
                "    && echo done");
        assertEquals("echo C:\\dir     && echo done", eval.stages().get(0).runs().get(0).script().text());
    }

    @Test
    void packageInstallsChangeTheStageFacts() {
        DockerEvaluation eval = evaluate(
                "FROM golang:1.22-alpine AS build",
                "RUN apk add --no-cache --virtual .deps gcc musl-dev",
                "FROM debian:bookworm-slim",
                "RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates=20230311 tzdata golang-go",
                "FROM alpine:3.19",
                "RUN apk add go");
        DockerStage alpine = eval.stages().get(0);
        assertEquals(Boolean.FALSE, alpine.baseFacts().cCompiler());
        assertEquals(Boolean.TRUE, alpine.facts().cCompiler());
        assertEquals(List.of("gcc", "musl-dev"), alpine.runs().get(0).installs().get(0).packages());
        DockerStage debian = eval.stages().get(1);
        assertEquals(Boolean.TRUE, debian.facts().caCertificates());
        assertEquals(Boolean.TRUE, debian.facts().tzdata());
        assertEquals("1.19", debian.facts().goVersion());
        assertTrue(debian.facts().source().contains("Dockerfile:4"));
        assertEquals("1.21", eval.stages().get(2).facts().goVersion());
    }

    @Test
    void targetStageChoosesTheRunStage() {
        String[] lines = {
            "FROM golang:1.22 AS build",
            "RUN go build -o /out/app .",
            "FROM gcr.io/distroless/base-debian12 AS prod",
            "COPY --from=build /out/app /app",
            "FROM build AS dev",
            "CMD [\"/out/app\"]"};
        DockerEvaluation last = DockerfileEvaluator.evaluate(file(lines), Map.of(), null);
        assertEquals(2, last.runStage());
        assertEquals("/out/app", DockerfileEvaluator.whereItRuns(last, 0, "/out/app").orElseThrow().path());

        DockerEvaluation prod = DockerfileEvaluator.evaluate(file(lines), Map.of(), "prod");
        assertEquals(1, prod.runStage());
        var where = DockerfileEvaluator.whereItRuns(prod, 0, "/out/app").orElseThrow();
        assertEquals("/app", where.path());
        assertEquals("2.36", where.stage().facts().libcVersion());

        DockerEvaluation missing = DockerfileEvaluator.evaluate(file(lines), Map.of(), "nope");
        assertEquals(2, missing.runStage());
        assertTrue(missing.problems().stream().anyMatch(p -> p.message().contains("nope")));
    }

    @Test
    void whereItRunsFollowsTwoCopyHopsAndDirectories() {
        DockerEvaluation eval = evaluate(
                "FROM golang:1.22 AS build",
                "RUN go build -o /out/server ./cmd/server",
                "FROM debian:bookworm-slim AS pack",
                "COPY --from=build /out/ /staging/",
                "FROM ubuntu:22.04",
                "COPY --from=pack /staging/server /usr/local/bin/",
                "ENTRYPOINT [\"server\"]");
        var where = DockerfileEvaluator.whereItRuns(eval, 0, "/out/server").orElseThrow();
        assertEquals("/usr/local/bin/server", where.path());
        assertEquals("2.35", where.stage().facts().libcVersion());
        assertEquals(4, where.stage().fromLocation().range().start().line());
        assertEquals(5, where.copyLocation().range().start().line());
    }

    @Test
    void copyOntoAnExistingDirectoryLandsInside() {
        DockerEvaluation eval = evaluate(
                "FROM golang:1.22 AS build",
                "RUN go build -o /out/server .",
                "FROM alpine:3.19 AS one",
                "COPY --from=build /out/server /usr/local/bin",
                "FROM alpine:3.19",
                "WORKDIR /app",
                "COPY --from=one /usr/local/bin/server /app",
                "COPY --from=one /usr/local/bin/server /renamed");
        assertEquals("/app/server", DockerfileEvaluator.whereItRuns(eval, 0, "/out/server").orElseThrow().path());
        assertFalse(eval.stages().get(2).copies().get(1).destinationIsDirectory());
    }

    @Test
    void binaryThatNeverReachesTheRunStageHasNoRunEnvironment() {
        DockerEvaluation eval = evaluate(
                "FROM golang:1.22 AS build",
                "RUN go build -o /out/server .",
                "FROM alpine:3.19",
                "COPY --from=build /out/other /other");
        assertTrue(DockerfileEvaluator.whereItRuns(eval, 0, "/out/server").isEmpty());
    }

    @Test
    void brokenInputGivesProblemsNotExceptions() {
        DockerEvaluation eval = evaluate(
                "RUN echo before from",
                "FROM",
                "BOGUS thing",
                "COPY --from=7 /a /b",
                "RUN <<EOF",
                "never closed");
        assertTrue(eval.problems().size() >= 4, eval.problems().toString());
        assertEquals(1, eval.stages().size());
    }

    @Test
    void aRelativeCopyUnderAnUnknownWorkdirIsKeptWithItsDestinationUnknown() {
        DockerEvaluation eval = evaluate(
                "ARG GOVER=\"1.22-alpine\"",
                "FROM golang:${GOVER} as golang",
                "ARG REPO",
                "WORKDIR /go/src/${REPO}",
                "COPY go.mod .",
                "COPY . .",
                "FROM golang as build",
                "RUN go build -o /usr/local/bin/app");
        assertEquals(2, eval.stages().size());
        assertNull(eval.stages().get(0).workdir(), "REPO has no value, so the WORKDIR is not known");
        assertEquals(2, eval.stages().get(0).copies().size());
        assertNull(eval.stages().get(0).copies().get(1).destination());
        assertEquals(0, eval.stages().get(1).baseStage(), "FROM golang names the earlier stage, not the image");
        assertEquals(1, eval.stages().get(1).runs().size());
    }
}
