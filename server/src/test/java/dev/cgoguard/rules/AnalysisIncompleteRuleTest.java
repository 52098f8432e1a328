package dev.cgoguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of evaluation problem reaches the user at the place the reading stopped, at info, saying what it means. */
class AnalysisIncompleteRuleTest {
    @TempDir
    Path root;

    private TestProject project() {
        return new TestProject(root).module("1.22");
    }

    private static String at(Finding finding) {
        return finding.location().path() + ":" + (finding.location().range().start().line() + 1);
    }

    @Test
    void aMakefileSyntaxErrorAndAMissingIncludeAreReportedWhereTheyAre() {
        List<Finding> found = project().file("Makefile", "include config.mk\nifeq ($(X),1)\nbuild:\n\tgo build .\n")
                .findings(AnalysisIncompleteRule.INFO.id());
        assertEquals(List.of("Makefile:1", "Makefile:4"), found.stream().map(AnalysisIncompleteRuleTest::at).toList());
        assertTrue(found.get(0).message().startsWith("cgoguard could not read this Makefile completely: included file config.mk"
                + " is not in the workspace"), found.get(0).message());
        assertTrue(found.get(1).message().contains("missing 'endif'"), found.get(1).message());
        assertTrue(found.stream().allMatch(f -> f.severity() == Severity.INFO && f.message().contains("What this means: ")));
    }

    @Test
    void tooManyCombinationsOfUnknownConditionsAreReported() {
        StringBuilder makefile = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            makefile.append("ifeq ($(shell cat /etc/m").append(i).append("),x)\nV").append(i).append(" := 1\nendif\n");
        }
        makefile.append("build:\n\tgo build .\n");
        Finding found = project().file("Makefile", makefile.toString()).only(AnalysisIncompleteRule.INFO.id());
        assertTrue(found.message().contains("combinations of unknown conditions"), found.message());
        assertTrue(found.message().contains("the go commands that run only under the other combinations are not checked"));
    }

    @Test
    void aDockerfileInstructionItCannotReadIsReportedOnItsLine() {
        Finding found = project().file("Dockerfile", "FROM golang:1.27\nFOO bar\nRUN go build -o /app .\n")
                .only(AnalysisIncompleteRule.INFO.id());
        assertEquals("Dockerfile:2", at(found));
        assertTrue(found.message().contains("unknown instruction FOO"), found.message());
    }

    @Test
    void aWorkflowThatIsNotValidYamlIsReportedWhereTheYamlBreaks() {
        Finding found = project().file(".github/workflows/ci.yml", "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n"
                + "    steps:\n      - run: go build .\n     bad: [\n").only(AnalysisIncompleteRule.INFO.id());
        assertEquals(".github/workflows/ci.yml:7", at(found));
        assertTrue(found.message().contains("malformed YAML"), found.message());
    }

    @Test
    void aScriptBeyondTheNestingLimitIsReportedWhereTheReadingStopped() {
        String script = "#!/bin/sh\n" + "if true; then\n".repeat(250) + "go build .\n" + "fi\n".repeat(250);
        Finding found = project().file("scripts/deep.sh", script).only(AnalysisIncompleteRule.INFO.id());
        assertEquals("scripts/deep.sh:201", at(found));
        assertTrue(found.message().contains("cgoguard stopped reading this script here: the script nests more than 200 levels deep"),
                found.message());
    }

    @Test
    void aDockerfileRunScriptBeyondTheLimitsIsReportedOnTheRunLine() {
        String run = "RUN " + "if true; then ".repeat(250) + "go build -o /app . " + "; fi".repeat(250) + "\n";
        Finding found = project().file("Dockerfile", "FROM golang:1.27\n" + run).only(AnalysisIncompleteRule.INFO.id());
        assertEquals("Dockerfile:2", at(found));
        assertTrue(found.message().contains("this RUN instruction"), found.message());
    }

    @Test
    void aFileReadToItsEndHasNoSuchFinding() {
        assertEquals(List.of(), project().file("Makefile", "build:\n\tgo build .\n")
                .file("Dockerfile", "FROM golang:1.27\nRUN go build -o /app .\n").findings(AnalysisIncompleteRule.INFO.id()));
    }
}
