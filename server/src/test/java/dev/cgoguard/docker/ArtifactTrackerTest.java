package dev.cgoguard.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Following a built file into the stage a build produces, past stages that lead elsewhere. */
class ArtifactTrackerTest {
    private static final String[] DOCKERFILE = {
            "FROM golang:1.22 AS base",
            "WORKDIR /src",
            "RUN go build -o /out/app .",
            "FROM base AS side",
            "RUN echo side",
            "FROM base AS build",
            "FROM alpine:3.19 AS unused",
            "COPY --from=side /out/app /unused",
            "FROM debian:bookworm-slim",
            "COPY --from=build /out /opt/"};

    @Test
    void aFileFollowsTheStagesThatLeadToTheResultAndNotTheOthers() {
        DockerEvaluation evaluation = Dockerfiles.evaluate(DOCKERFILE);
        ArtifactPlacement placement = DockerfileEvaluator.whereItRuns(evaluation, 0, "/out/app").orElseThrow();
        assertEquals(4, placement.stage().index());
        assertEquals("/opt/app", placement.path());
        assertEquals(9, placement.copyLocation().range().start().line());
        assertEquals(Optional.empty(), DockerfileEvaluator.whereItRuns(evaluation, 1, "/out/app"), "side leads only to unused");
        assertEquals(Optional.empty(), DockerfileEvaluator.whereItRuns(evaluation, 3, "/unused"));
    }

    @Test
    void builtAsAnotherTargetTheSameFileRunsThere() {
        DockerEvaluation unused = Dockerfiles.evaluate(DOCKERFILE).targeting("unused");
        ArtifactPlacement placement = DockerfileEvaluator.whereItRuns(unused, 0, "/out/app").orElseThrow();
        assertEquals(3, placement.stage().index());
        assertEquals("/unused", placement.path());
        assertEquals(7, placement.copyLocation().range().start().line());
        assertEquals(Optional.empty(), DockerfileEvaluator.whereItRuns(unused, 2, "/out/app"), "build leads only to the last stage");
    }
}
