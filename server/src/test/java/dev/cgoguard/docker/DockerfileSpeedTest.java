package dev.cgoguard.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.kinds.docker.DockerfileKind;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Prints how long evaluating a large Dockerfile takes (650 lines, 20 stages); no timing assertion. */
class DockerfileSpeedTest {

    static String generate() {
        StringBuilder out = new StringBuilder();
        out.append("# syntax=docker/dockerfile:1\nARG GO_VERSION=1.22\nARG BASE=alpine:3.19\n");
        int lines = 3;
        for (int stage = 0; stage < 19; stage++) {
            out.append("FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-bookworm AS s").append(stage).append('\n');
            out.append("ARG TARGETOS TARGETARCH\n");
            out.append("ENV CGO_ENABLED=0 GOFLAGS=\"-trimpath\" STAGE=").append(stage).append('\n');
            out.append("WORKDIR /src/s").append(stage).append('\n');
            lines += 4;
            if (stage > 0) {
                out.append("COPY --link --from=s").append(stage - 1).append(" /out/ /in/\n");
                lines++;
            }
            for (int i = 0; i < 5; i++) {
                out.append("RUN --mount=type=cache,target=/root/.cache/go-build \\\n");
                out.append("    # build step ").append(i).append('\n');
                out.append("    apt-get update && apt-get install -y gcc ca-certificates && \\\n");
                out.append("    GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app").append(i).append(" ./cmd/").append(i)
                        .append('\n');
                lines += 4;
            }
            out.append("RUN <<EOF\nset -e\ngo vet ./...\ngo test ./...\nEOF\n");
            lines += 5;
            out.append("COPY . .\n");
            lines++;
            if (stage == 18) {
                break;
            }
        }
        while (lines < 647) {
            out.append("LABEL filler=").append(lines).append('\n');
            lines++;
        }
        out.append("FROM ${BASE}\nCOPY --from=s18 /out/app0 /usr/local/bin/app\nENTRYPOINT [\"app\"]\n");
        return out.toString();
    }

    @Test
    void evaluatesALargeDockerfileInMilliseconds() {
        String text = generate();
        WorkspaceFile file = new WorkspaceFile("Dockerfile", DockerfileKind.KIND, new SourceText(text), 1);
        DockerEvaluation eval = DockerfileEvaluator.evaluate(file, Map.of(), null);
        assertEquals(650, file.text().lineCount() - 1);
        assertEquals(20, eval.stages().size());
        assertEquals("/usr/local/bin/app",
                DockerfileEvaluator.whereItRuns(eval, 18, "/out/app0").orElseThrow().path());
        assertTrue(DockerfileEvaluator.whereItRuns(eval, 0, "/out/app0").isEmpty(), "stage 1 puts it in /in/, not /out/");
        for (int i = 0; i < 300; i++) {
            DockerfileEvaluator.evaluate(file, Map.of(), null);
        }
        int runs = 500;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            DockerfileEvaluator.evaluate(file, Map.of(), null);
        }
        double millis = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("Dockerfile of %d lines, %d stages: %.3f ms per evaluation%n", file.text().lineCount() - 1,
                eval.stages().size(), millis);
    }
}
