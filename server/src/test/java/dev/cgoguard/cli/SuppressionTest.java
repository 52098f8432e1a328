package dev.cgoguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cgoguard:ignore comments in each file kind, through the command line. */
class SuppressionTest {
    @TempDir
    Path tmp;

    @Test
    void aCommentOnTheLineBeforeSilencesAMakefileFinding() {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        CliRun.write(project.resolve("Makefile"), "run:\n"
                + "\t# cgoguard:ignore static-glibc-nss -- the image ships the glibc we link with\n"
                + "\tgo run -ldflags '-extldflags \"-static\"' main.go\n");
        CliRun run = CliRun.runIn(project, "lint", "--fail-on", "info", project.toString());
        assertEquals(0, run.exit(), run.out());
        assertEquals("", run.out());
    }

    @Test
    void aCommentAtTheEndOfTheLineSilencesAScriptFinding() {
        Path project = CliRun.copyFixture("script-export-cgo-static", tmp);
        Path script = project.resolve("scripts/release.sh");
        String text = CliRun.read(script).replace("./cmd/server\n",
                "./cmd/server # cgoguard:ignore static-glibc-nss -- checked on the target host\n");
        CliRun.write(script, text);
        CliRun run = CliRun.runIn(project, "lint", "--fail-on", "info", project.toString());
        assertEquals(0, run.exit(), run.out());
    }

    @Test
    void aHashInsideQuotesIsNotAComment() {
        Path project = CliRun.copyFixture("script-export-cgo-static", tmp);
        Path script = project.resolve("scripts/release.sh");
        String text = CliRun.read(script).replace("./cmd/server\n",
                "./cmd/server \"# cgoguard:ignore static-glibc-nss -- quoted\"\n");
        CliRun.write(script, text);
        CliRun run = CliRun.runIn(project, "lint", project.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("release.sh:5:1: error"), run.out());
    }

    @Test
    void aSuppressionWithoutReasonIsInvalidAndSilencesNothing() {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        CliRun.write(project.resolve("Makefile"), "run:\n"
                + "\t# cgoguard:ignore static-glibc-nss\n"
                + "\tgo run -ldflags '-extldflags \"-static\"' main.go\n");
        CliRun run = CliRun.runIn(project, "lint", project.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("Makefile:2:2: warning: the suppression of static-glibc-nss gives no reason"), run.out());
        assertTrue(run.out().contains("Makefile:3:2: error: "), run.out());
        assertTrue(run.out().contains("[invalid-suppression]"));
    }

    @Test
    void anUnknownRuleInASuppressionIsInvalid() {
        Path project = CliRun.copyFixture("static-with-netgo-osusergo", tmp);
        CliRun.write(project.resolve("Makefile"), CliRun.read(project.resolve("Makefile")) + "# cgoguard:ignore no-such -- x\n");
        CliRun run = CliRun.runIn(project, "lint", project.toString());
        assertTrue(run.out().contains("unknown rule 'no-such' [invalid-suppression]"), run.out());
    }

    @Test
    void aSuppressionThatMatchesNothingIsReportedAsUnused() {
        Path project = CliRun.copyFixture("static-with-netgo-osusergo", tmp);
        Path makefile = project.resolve("Makefile");
        CliRun.write(makefile, "# cgoguard:ignore static-glibc-nss -- stale\n" + CliRun.read(makefile));
        CliRun run = CliRun.runIn(project, "lint", project.toString());
        assertEquals(0, run.exit(), "unused-suppression is info, below the default --fail-on");
        assertTrue(run.out().startsWith("Makefile:1:1: info: the suppression of static-glibc-nss matches no finding on line 2"),
                run.out());
        assertEquals(0, CliRun.runIn(project, "lint", "--disable", "unused-suppression", "--fail-on", "info", project.toString()).exit());
        assertEquals(0, CliRun.runIn(project, "lint", "--disable", "static-glibc-nss", "--fail-on", "info", project.toString()).exit(),
                "a suppression of a rule that is off is not unused");
    }

    @Test
    void suppressionsWorkInDockerfilesWorkflowsAndGoFiles() {
        Path project = CliRun.copyFixture("static-with-netgo-osusergo", tmp);
        CliRun.write(project.resolve("Dockerfile"), "FROM golang:1.27\n"
                + "# cgoguard:ignore synthetic -- one\n"
                + "RUN echo '#' && go build .\n"
                + "RUN go vet . # cgoguard:ignore synthetic -- two\n"
                + "RUN go test .\n");
        CliRun.write(project.resolve(".github/workflows/ci.yml"), "jobs:\n  b:\n    steps:\n"
                + "      # cgoguard:ignore synthetic -- three\n"
                + "      - run: go build .\n"
                + "      - run: go vet .\n");
        CliRun.write(project.resolve("tool.go"), "package main\n\n"
                + "import (\n"
                + "\t\"net\" // cgoguard:ignore synthetic -- four\n"
                + "\t// cgoguard:ignore synthetic -- five\n"
                + "\t\"os/user\"\n"
                + "\t\"fmt\"\n"
                + ")\n"
                + "var s = `// cgoguard:ignore synthetic -- in a raw string`\n"
                + "var t = 1\n");
        CliRun run = CliRun.runIn(SyntheticRules.reportingAt(List.of(
                SyntheticRules.line("Dockerfile", 2, 0, 10), SyntheticRules.line("Dockerfile", 3, 0, 10),
                SyntheticRules.line("Dockerfile", 4, 0, 10),
                SyntheticRules.line(".github/workflows/ci.yml", 4, 8, 16), SyntheticRules.line(".github/workflows/ci.yml", 5, 8, 14),
                SyntheticRules.line("tool.go", 3, 1, 6), SyntheticRules.line("tool.go", 5, 1, 10),
                SyntheticRules.line("tool.go", 6, 1, 6), SyntheticRules.line("tool.go", 9, 0, 5))),
                project, "lint", "--format", "github", project.toString());
        List<String> lines = run.out().lines().filter(line -> line.startsWith("::")).toList();
        assertEquals(List.of(
                "::warning file=.github/workflows/ci.yml,line=6,col=9,endLine=6,endColumn=15,title=synthetic::synthetic finding",
                "::warning file=Dockerfile,line=5,col=1,endLine=5,endColumn=11,title=synthetic::synthetic finding",
                "::warning file=tool.go,line=7,col=2,endLine=7,endColumn=7,title=synthetic::synthetic finding",
                "::warning file=tool.go,line=10,col=1,endLine=10,endColumn=6,title=synthetic::synthetic finding"), lines);
    }

    @Test
    void aSuppressionOnALineAFindingOnlyPointsToDoesNotSilenceIt() {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        Path main = project.resolve("main.go");
        CliRun.write(main, CliRun.read(main).replace("\"net\"", "\"net\" // cgoguard:ignore static-glibc-nss -- not here"));
        CliRun run = CliRun.runIn(project, "lint", project.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("Makefile:2:2: error: "));
        assertTrue(run.out().contains("main.go:4:8: info: the suppression of static-glibc-nss matches no finding"), run.out());
    }
}
