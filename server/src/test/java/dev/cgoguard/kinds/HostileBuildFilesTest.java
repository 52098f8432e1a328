package dev.cgoguard.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.testing.TestProject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A malformed or hostile file of each new kind costs at most an analysis-incomplete note on its own
 * place: never an exception, an internal error or a hang, and the rest of the workspace is still
 * analysed.
 */
class HostileBuildFilesTest {
    @TempDir
    Path root;

    static Stream<Arguments> files() {
        String deep = "[".repeat(20_000);
        return Stream.of(
                Arguments.of(".goreleaser.yaml", "builds:\n  - env: [CGO_ENABLED=1\n", true),
                Arguments.of(".goreleaser.yml", "builds: " + deep + "\n", true),
                Arguments.of(".goreleaser.yml", "a: &a [*a]\nbuilds: *a\n", false),
                Arguments.of(".ko.yaml", "builds:\n - env: {\n", true),
                Arguments.of(".promu.yml", "build: [\n", true),
                Arguments.of(".gitlab-ci.yml", "include:\n  - local: /.gitlab-ci.yml\nbuild:\n  script: [go build .]\n", false),
                Arguments.of(".gitlab-ci.yml", "include: 'https://example.com/ci.yml'\n", true),
                Arguments.of("Taskfile.yml", "tasks:\n  a:\n    cmds:\n      - 'go build {{.X\n", true),
                Arguments.of("docker-bake.hcl", "target \"a\" {\n  args = " + deep + "\n}\n", true),
                Arguments.of("docker-bake.json", "{\"target\": {\"a\": ", true),
                Arguments.of("justfile", "build:\n\t" + "go build {{ {{ \\\n".repeat(2_000), false),
                // sourcing itself without end: the call-depth limit is reached, and said where
                Arguments.of("scripts/build", "#!/bin/sh\n. ./scripts/build\n. ./scripts/build\ngo build .\n", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aBadFileIsNotedWhereItIsAndTheRestIsAnalysed(String path, String text, boolean noted) {
        TestProject project = new TestProject(root).module("1.22", "os/user")
                .file("Makefile", "build:\n\tgo build -ldflags '-linkmode external -extldflags \"-static\"' .\n")
                .file(path, text);
        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> project.findings());
        assertTrue(findings.stream().noneMatch(f -> f.rule().equals("internal-error")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("static-glibc-nss") && f.location().path().equals("Makefile")),
                findings.toString());
        List<Finding> notes = findings.stream().filter(f -> f.rule().equals("analysis-incomplete")
                && f.location().path().equals(path)).toList();
        assertEquals(noted, !notes.isEmpty(), findings.toString());
    }
}
