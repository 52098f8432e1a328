package dev.cgoguard.kinds.make;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cgoguard.parse.TreeCache;
import dev.cgoguard.plan.BuildInputs;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.BuildPlanner;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A go command a Makefile recipe runs in a container: the plan names the image as a person reads it. */
class MakefileContainerPlanTest {
    @TempDir
    Path root;

    @Test
    void anImageWithAPartMakeCannotKnowIsNamedWithThatPartShownAsItsSource() throws IOException {
        Files.writeString(root.resolve("go.mod"), "module example.com/m\n\ngo 1.22\n");
        Files.writeString(root.resolve("main.go"), "package main\n\nfunc main() {}\n");
        Files.writeString(root.resolve("Makefile"), "GO_IMAGE := golang:$(shell cat .go-version)-bookworm\n"
                + "build:\n\tdocker run --rm -v $(CURDIR):/src -w /src $(GO_IMAGE) go build -o app .\n");
        List<BuildPlan> plans = new BuildPlanner(new TreeCache(), BuildInputs.NONE)
                .plan(new WorkspaceScanner().scan(root)).plans();
        assertEquals(List.of("docker run golang:<$(shell cat .go-version)>-bookworm"),
                plans.stream().map(p -> p.buildEnvironment().description()).toList());
    }
}
