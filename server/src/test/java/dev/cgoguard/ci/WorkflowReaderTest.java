package dev.cgoguard.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.kinds.workflow.GithubWorkflowKind;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.WorkspaceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WorkflowReaderTest {
    private static WorkflowEvaluation eval;
    private static SourceText text;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = WorkflowReaderTest.class.getResourceAsStream("/ci/build.yml")) {
            text = new SourceText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        eval = WorkflowReader.read(new WorkspaceFile(".github/workflows/build.yml", GithubWorkflowKind.KIND, text, 1));
    }

    private static WorkflowJob job(String id) {
        return eval.jobs().stream().filter(j -> j.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void literalBlockRunIsMappedLineByLine() {
        assertEquals(List.of(), eval.problems());
        WorkflowStep build = job("linux").steps().get(0);
        assertEquals("Build", build.name());
        assertEquals(2, build.index());
        assertEquals("go version\ngo build -o bin/server ./cmd/server\n\necho done\n", build.script().text());
        int goBuild = build.script().text().indexOf("go build");
        var range = build.script().fileRange(goBuild, goBuild + 8);
        assertEquals(23, range.start().line()); // line 24 of the file
        assertEquals(10, range.start().column());
        assertEquals("go build", text.slice(range));
        int echo = build.script().text().indexOf("echo");
        assertEquals(25, build.script().fileRange(echo, echo + 4).start().line());
    }

    @Test
    void envMergesWorkflowJobAndStepWithExpressionsUnknown() {
        WorkflowStep build = job("linux").steps().get(0);
        assertEquals("1", build.env().get("CGO_ENABLED").text(), "the step's env wins");
        assertEquals("-trimpath", build.env().get("GOFLAGS").text());
        assertFalse(build.env().get("REF").known());
        WorkflowStep test = job("linux").steps().get(1);
        assertEquals("0", test.env().get("CGO_ENABLED").text());
    }

    @Test
    void workingDirectoryAndShellFallBackToDefaults() {
        WorkflowStep build = job("linux").steps().get(0);
        assertEquals("app", build.workingDirectory().text());
        assertEquals("bash", build.shell());
        WorkflowStep test = job("linux").steps().get(1);
        assertEquals("./sub", test.workingDirectory().text());
        assertEquals("go test ./...", test.script().text());
        assertEquals("go test ./...", text.slice(test.location().range()));
        assertEquals("sh", job("folded").steps().get(0).shell());
    }

    @Test
    void runnerFactsAndSetupGo() {
        WorkflowJob linux = job("linux");
        assertEquals("2.35", linux.runner().facts().libcVersion());
        assertEquals(Boolean.TRUE, linux.runner().facts().cCompiler());
        assertEquals("1.22", linux.steps().get(0).goVersion().text());
        WorkflowJob folded = job("folded");
        assertEquals("2.39", folded.runner().facts().libcVersion());
        assertEquals("from go.mod", folded.steps().get(0).goVersion().source());
        assertEquals("2.31", job("old").buildFacts().libcVersion());
        assertNull(job("old").steps().get(0).goVersion());
    }

    @Test
    void foldedBlockIsJoinedWithSpaces() {
        WorkflowStep step = job("folded").steps().get(0);
        assertEquals("go build -ldflags \"-s -w\" ./...\n", step.script().text());
        int ldflags = step.script().text().indexOf("-ldflags");
        assertEquals(40, step.script().fileRange(ldflags, ldflags + 1).start().line());
    }

    @Test
    void containerIsTheBuildImage() {
        WorkflowJob job = job("in-container");
        assertEquals("golang:1.23-alpine", job.container());
        assertEquals("musl", job.buildFacts().libc());
        assertEquals("musl", job.steps().get(0).buildFacts().libc());
        assertEquals("go build ./...", job.steps().get(0).script().text());
        assertEquals("go build ./...", text.slice(job.steps().get(0).script().fileRange()));
        assertEquals("2.39", job.runner().facts().libcVersion());
    }

    @Test
    void macMatrixAndSelfHostedRunners() {
        WorkflowJob mac = job("mac");
        assertEquals(Boolean.FALSE, mac.runner().linux());
        assertTrue(mac.runner().note().contains("not a Linux"));
        WorkflowJob matrix = job("matrix");
        assertNull(matrix.runner().linux());
        assertFalse(matrix.runner().facts().known());
        assertEquals("2.36", matrix.buildFacts().libcVersion(), "the container decides");
        WorkflowJob own = job("own");
        assertFalse(own.runner().facts().known());
        assertTrue(own.runner().note().contains("self-hosted"));
    }

    @Test
    void malformedYamlIsAProblemWithItsLine() {
        String broken = "jobs:\n  build:\n    runs-on: ubuntu-22.04\n    steps:\n      - run: [unclosed\n";
        WorkflowEvaluation bad = WorkflowReader.read(new WorkspaceFile(".github/workflows/bad.yml", GithubWorkflowKind.KIND,
                new SourceText(broken), 1));
        assertEquals(1, bad.problems().size());
        assertTrue(bad.problems().get(0).line() >= 4, bad.problems().toString());
        assertEquals(List.of(), bad.jobs());
        WorkflowEvaluation empty = WorkflowReader.read(new WorkspaceFile(".github/workflows/e.yml", GithubWorkflowKind.KIND,
                new SourceText(""), 1));
        assertEquals(1, empty.problems().size());
    }
}
