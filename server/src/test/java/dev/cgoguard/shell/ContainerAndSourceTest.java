package dev.cgoguard.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.grammars.Grammar;
import dev.cgoguard.parse.Parsers;
import dev.cgoguard.workspace.TextRange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Commands started inside a container by {@code docker run}, and files read with {@code .} or {@code source}. */
class ContainerAndSourceTest {
    private static ScriptEvaluation run(String script, Map<String, String> files) {
        return ShellEvaluator.evaluateScript(Parsers.parse(Grammar.BASH, script), ShellState.of(Map.of(), ""),
                path -> Optional.ofNullable(files.get(path)));
    }

    private static SimpleCommand go(ScriptEvaluation evaluation) {
        List<SimpleCommand> found = evaluation.commands().stream().filter(c -> c.name().equals("go")).toList();
        assertEquals(1, found.size(), () -> "go commands in " + evaluation.commands());
        return found.get(0);
    }

    @Test
    void aGoCommandStartedByDockerRunRunsInThatImageWithItsOwnEnvironment() {
        SimpleCommand go = go(run("export GOFLAGS=-mod=vendor\ndocker run --rm -v \"$PWD\":/src -w /src/cmd -e CGO_ENABLED=1 "
                + "--platform linux/arm64 golang:1.22 go build -o app .", Map.of()));
        assertEquals(ShellValue.known("golang:1.22"), go.container().image());
        assertEquals(ShellValue.known("linux/arm64"), go.container().platform());
        assertEquals(ShellValue.known("1"), go.env().get("CGO_ENABLED"));
        assertFalse(go.env().containsKey("GOFLAGS"), "the host's exported variables do not reach the container");
        assertEquals("cmd", go.workingDirectory(), "the -w directory inside the bind mount of the script's folder");
    }

    @Test
    void aShellStartedByDockerRunHasItsCommandsInTheImageAndAnUnmountedDirectoryStaysInTheContainer() {
        SimpleCommand go = go(run("docker run golang:1.21-alpine sh -c 'cd /app && CGO_ENABLED=0 go build ./...'", Map.of()));
        assertEquals(ShellValue.known("golang:1.21-alpine"), go.container().image());
        assertEquals("/app", go.workingDirectory());
        assertEquals(ShellValue.known("0"), go.env().get("CGO_ENABLED"));
    }

    @Test
    void anEnvironmentVariablePassedWithoutAValueComesFromTheScript() {
        SimpleCommand go = go(run("export CGO_ENABLED=0\ndocker run -e CGO_ENABLED -e GOOS golang go build .", Map.of()));
        assertEquals(ShellValue.known("0"), go.env().get("CGO_ENABLED"));
        assertFalse(go.env().get("GOOS").known());
    }

    @Test
    void aDockerRunWithAnOptionItDoesNotKnowIsNotReadFurther() {
        ScriptEvaluation evaluation = run("docker run --frobnicate x golang go build .", Map.of());
        assertTrue(evaluation.commands().stream().noneMatch(c -> c.name().equals("go")));
    }

    @Test
    void aSourcedWorkspaceFileSetsTheVariablesOfTheScriptAndItsCommandsStandOnTheDotLine() {
        ScriptEvaluation evaluation = run("set -eu\n. ./scripts/.variables\n$go build -ldflags \"$LDFLAGS\" .\n",
                Map.of("scripts/.variables", "LDFLAGS='-extldflags -static'\nexport CGO_ENABLED=1\ngo=go\ngo vet ./...\n"));
        SimpleCommand build = evaluation.commands().stream().filter(c -> c.argv().size() > 1
                && c.argv().get(1).text().equals("build")).findFirst().orElseThrow();
        assertEquals("go", build.name());
        assertEquals("-extldflags -static", build.argv().get(3).text());
        assertEquals(ShellValue.known("1"), build.env().get("CGO_ENABLED"));
        assertTrue(build.environmentComplete());
        SimpleCommand vet = evaluation.commands().stream().filter(c -> c.argv().size() > 1
                && c.argv().get(1).text().equals("vet")).findFirst().orElseThrow();
        assertEquals(TextRange.of(1, 0, 1, 22), vet.range());
        assertEquals(java.util.Set.of("scripts/.variables"), evaluation.sourcedFiles());
    }

    @Test
    void aSourcedFileOutsideTheWorkspaceOrNotFoundLeavesTheEnvironmentOpen() {
        for (String script : List.of(". /etc/profile\ngo build .", ". ../outside.sh\ngo build .", ". ./missing.sh\ngo build .",
                "source \"$HOME/x.sh\"\ngo build .")) {
            SimpleCommand go = go(run(script, Map.of()));
            assertFalse(go.environmentComplete(), script);
        }
    }

    @Test
    void aFileThatSourcesItselfStopsAtTheLimit() {
        ScriptEvaluation evaluation = run(". ./loop.sh\ngo build .", Map.of("loop.sh", ". ./loop.sh\n"));
        assertNull(go(evaluation).container());
        assertTrue(evaluation.sourcedFiles().contains("loop.sh"));
    }
}
