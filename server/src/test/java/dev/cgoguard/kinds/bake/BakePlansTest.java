package dev.cgoguard.kinds.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cgoguard.parse.TreeCache;
import dev.cgoguard.plan.BuildInputs;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.BuildPlanner;
import dev.cgoguard.plan.PlanningCache;
import dev.cgoguard.kinds.docker.DockerfileKind;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plans of a Dockerfile that bake targets build: targets that build it alike share one evaluation,
 * and each target whose build differs from the Dockerfile's own keeps its own condition.
 */
class BakePlansTest {
    @TempDir
    Path root;

    private Workspace workspace() throws IOException {
        Files.writeString(root.resolve("go.mod"), "module example.com/m\n\ngo 1.22\n");
        Files.writeString(root.resolve("main.go"), "package main\n\nimport \"net\"\n\nfunc main() { _, _ = net.Dial(\"tcp\", \"x:1\") }\n");
        Files.writeString(root.resolve("Dockerfile"), """
                FROM golang:1.22-bookworm AS build
                ARG LDFLAGS=""
                WORKDIR /src
                COPY . .
                RUN CGO_ENABLED=1 go build -ldflags "$LDFLAGS" -o /out/app .

                FROM debian:bookworm-slim AS runtime
                COPY --from=build /out/app /usr/local/bin/app

                FROM scratch AS bare
                COPY --from=build /out/app /app
                """);
        Files.writeString(root.resolve("docker-bake.hcl"), """
                target "_static" {
                  args = { LDFLAGS = "-linkmode external -extldflags -static" }
                }
                target "plain" {}
                target "runtime" { target = "runtime" }
                target "static" { inherits = ["_static"] }
                target "static-again" { inherits = ["_static"] }
                target "static-runtime" {
                  inherits = ["_static"]
                  target = "runtime"
                }
                """);
        return new WorkspaceScanner().scan(root);
    }

    private static List<String> described(List<BuildPlan> plans) {
        return plans.stream().map(p -> "static " + p.staticLink().answer() + " | " + (p.runEnvironment() == null ? "-"
                : p.runEnvironment().description()) + " | " + p.conditions().terms().stream()
                .map(term -> term.stream().map(c -> c.text()).sorted().toList().toString()).sorted().toList()).sorted().toList();
    }

    @Test
    void eachTargetThatBuildsOtherwiseIsPlannedUnderItsNameAndTheOthersAreTheDockerfilesOwnPlan() throws IOException {
        List<String> plans = described(new BuildPlanner(new TreeCache(), BuildInputs.NONE).plan(workspace()).plans());
        assertEquals(List.of(
                "static NO | stage 1 \"runtime\" (debian:bookworm-slim) | [[when bake builds target runtime]]",
                "static NO | stage 2 \"bare\" (scratch) | [[]]",
                "static YES | stage 1 \"runtime\" (debian:bookworm-slim) | [[when bake builds target static-runtime]]",
                "static YES | stage 2 \"bare\" (scratch) | [[when bake builds target _static], [when bake builds target static-again], [when bake builds target static]]"),
                plans);
    }

    @Test
    void planningAgainWithTheSameCacheGivesTheSamePlans() throws IOException {
        Workspace workspace = workspace();
        PlanningCache cache = new PlanningCache();
        List<String> first = described(new BuildPlanner(new TreeCache(), cache, BuildInputs.NONE).plan(workspace).plans());
        List<String> again = described(new BuildPlanner(new TreeCache(), cache, BuildInputs.NONE).plan(workspace).plans());
        List<String> fresh = described(new BuildPlanner(new TreeCache(), BuildInputs.NONE).plan(workspace).plans());
        assertEquals(fresh, first);
        assertEquals(fresh, again);
    }

    @Test
    void anEditOfTheStageEveryTargetBuildsOnIsPlannedAgainAndAnEarlierTextStillGivesItsOwnPlans() throws IOException {
        Workspace before = workspace();
        PlanningCache cache = new PlanningCache();
        String text = before.file("Dockerfile").orElseThrow().content();
        // a line above the build stage's RUN, and a static default for the argument the targets leave alone
        String edited = text.replace("ARG LDFLAGS=\"\"\n", "# the build\nARG LDFLAGS=\"-linkmode external -extldflags -static\"\n");
        Workspace after = before.withFile(new WorkspaceFile("Dockerfile", DockerfileKind.KIND, new SourceText(edited), 2));

        List<BuildPlan> first = new BuildPlanner(new TreeCache(), cache, BuildInputs.NONE).plan(before).plans();
        List<BuildPlan> second = new BuildPlanner(new TreeCache(), cache, BuildInputs.NONE).plan(after).plans();
        List<BuildPlan> third = new BuildPlanner(new TreeCache(), cache, BuildInputs.NONE).plan(before).plans();

        assertEquals(List.of(
                "static NO | stage 1 \"runtime\" (debian:bookworm-slim) | [[when bake builds target runtime]]",
                "static NO | stage 2 \"bare\" (scratch) | [[]]",
                "static YES | stage 1 \"runtime\" (debian:bookworm-slim) | [[when bake builds target static-runtime]]",
                "static YES | stage 2 \"bare\" (scratch) | [[when bake builds target _static], [when bake builds target static-again], [when bake builds target static]]"),
                described(first));
        assertEquals(List.of(
                "static YES | stage 1 \"runtime\" (debian:bookworm-slim) | [[when bake builds target runtime], [when bake builds target static-runtime]]",
                "static YES | stage 2 \"bare\" (scratch) | [[]]"),
                described(second), "every build links statically now: the targets differ only in the stage they run it in");
        assertEquals(List.of(6), lines(second), "the go command moved a line down");
        assertEquals(described(first), described(third));
        assertEquals(List.of(5), lines(third));
    }

    /** The 1-based lines of the plans' go commands, each once. */
    private static List<Integer> lines(List<BuildPlan> plans) {
        return plans.stream().map(p -> p.origin().location().range().start().line() + 1).distinct().toList();
    }
}
