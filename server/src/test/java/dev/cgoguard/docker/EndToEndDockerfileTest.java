package dev.cgoguard.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EndToEndDockerfileTest {

    @Test
    void goBinaryBuiltOnBookwormRunsOnAlpine() {
        DockerEvaluation eval = Dockerfiles.evaluate(
                "FROM golang:1.22 AS build",
                "WORKDIR /src",
                "COPY . .",
                "RUN go build -o /out/server ./cmd/server",
                "",
                "FROM alpine:3.19",
                "COPY --from=build /out/server /server",
                "ENTRYPOINT [\"/server\"]");
        assertEquals(List.of(), eval.problems());
        DockerStage build = eval.stages().get(0);
        assertEquals("glibc", build.facts().libc());
        assertEquals("2.36", build.facts().libcVersion());
        assertEquals(Boolean.TRUE, build.facts().cCompiler());
        assertEquals("1.22", build.facts().goVersion());
        assertEquals("build", build.name());
        DockerRun run = build.runs().get(0);
        assertEquals("go build -o /out/server ./cmd/server", run.script().text());
        assertEquals("/src", run.workdir());
        assertEquals(3, run.location().range().start().line());
        assertEquals(4, run.script().fileRange(0, 2).start().column()); // "go" after "RUN "

        ArtifactPlacement where = DockerfileEvaluator.whereItRuns(eval, 0, "/out/server").orElseThrow();
        assertEquals("musl", where.stage().facts().libc());
        assertEquals("1.2.4", where.stage().facts().libcVersion());
        assertEquals("alpine:3.19", where.stage().facts().reference());
        assertEquals(5, where.stage().fromLocation().range().start().line());
        assertEquals(6, where.copyLocation().range().start().line());
        assertEquals("/server", where.path());
        assertTrue(where.stage().describe().contains("alpine:3.19"));
    }
}
