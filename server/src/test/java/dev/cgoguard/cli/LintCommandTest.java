package dev.cgoguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    @TempDir
    Path tmp;

    @Test
    void textReportsTheFindingWithItsLineAndExitsOne() {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        CliRun run = CliRun.runIn(project, "lint", project.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().startsWith("Makefile:2:2: error: "), run.out());
        assertTrue(run.out().endsWith("\n1 finding (1 error) in 1 file\n"), run.out());
        assertTrue(run.out().contains("[static-glibc-nss]"));
        assertTrue(run.out().contains("    main.go:4:2: imports net"));
        assertFalse(run.out().contains("\u001b["), "no colour when stdout is not a terminal");
    }

    @Test
    void cleanProjectExitsZero() {
        Path project = CliRun.copyFixture("static-with-netgo-osusergo", tmp);
        CliRun run = CliRun.run("lint", project.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals("", run.out());
    }

    @Test
    void failOnDecidesTheExitCode() {
        Path project = CliRun.copyFixture("make-include-static-conditional", tmp); // info: only when STATIC=1
        assertEquals(0, CliRun.run("lint", project.toString()).exit());
        assertEquals(0, CliRun.run("lint", "--fail-on", "error", project.toString()).exit());
        assertEquals(1, CliRun.run("lint", "--fail-on", "info", project.toString()).exit());
        assertEquals(1, CliRun.run("lint", "--make-var", "STATIC=1", project.toString()).exit(), "an error once STATIC=1 is given");
        assertEquals(1, CliRun.run("lint", "--fail-on", "hint", project.toString()).exit());
        assertEquals(0, CliRun.run("lint", "--fail-on", "none", project.toString()).exit());
        CliRun bad = CliRun.run("lint", "--fail-on", "fatal", project.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--fail-on"));
    }

    @Test
    void makeVarTurnsAConditionalFindingIntoAnUnconditionalOne() {
        Path project = CliRun.copyFixture("make-include-static-conditional", tmp);
        String before = CliRun.run("lint", project.toString()).out();
        assertTrue(before.contains("info: When STATIC=1"), before);
        CliRun run = CliRun.run("lint", "--make-var", "STATIC=1", project.toString());
        assertTrue(run.out().contains("Makefile:5:2: error: "), run.out());
        assertEquals(0, CliRun.run("lint", "--make-var", "STATIC=0", project.toString()).exit());
    }

    @Test
    void jsonIsTheStableContract() {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        CliRun run = CliRun.run("lint", "--format", "json", project.toString());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(1, root.get("version").getAsInt());
        JsonObject finding = root.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertEquals("static-glibc-nss", finding.get("rule").getAsString());
        assertEquals("Makefile", finding.get("path").getAsString());
        assertEquals(2, finding.get("line").getAsInt());
        assertEquals(49, finding.get("endColumn").getAsInt());
        assertEquals(3, finding.getAsJsonArray("related").size());
        assertTrue(finding.has("fixes"));
    }

    @Test
    void githubFormatWritesOneWorkflowCommandPerFinding() {
        Path project = CliRun.copyFixture("script-export-cgo-static", tmp);
        CliRun run = CliRun.runIn(project, "lint", "--format", "github", project.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("::error file=scripts/release.sh,line=5,col=1,endLine=5,endColumn=58,title=static-glibc-nss::"),
                lines.get(0));
        assertEquals("1 finding (1 error) in 1 file", lines.get(1), "the summary, which the log shows as it is");
        Path warning = CliRun.copyFixture("make-include-static-conditional", tmp);
        assertTrue(CliRun.runIn(warning, "lint", "--format", "github", "--make-var", "STATIC=1", warning.toString()).out()
                .startsWith("::error file=Makefile,line=5,"));
        assertTrue(CliRun.runIn(warning, "lint", "--format", "github", warning.toString()).out()
                .startsWith("::notice file=Makefile,line=5,"));
    }

    @Test
    void githubEscapesPercentNewlinesCommasAndColons() {
        assertEquals("a%25b%0D%0Ac", GithubReporter.data("a%b\r\nc"));
        assertEquals("dir%2Cx%3Ay", GithubReporter.property("dir,x:y"));
    }

    @Test
    void disableAndSeverityChangeWhatIsReported() {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        CliRun off = CliRun.run("lint", "--disable", "static-glibc-nss", project.toString());
        assertEquals(0, off.exit());
        assertEquals("", off.out());
        CliRun lowered = CliRun.runIn(project, "lint", "--severity", "static-glibc-nss=info", project.toString());
        assertEquals(0, lowered.exit());
        assertTrue(lowered.out().startsWith("Makefile:2:2: info: "));
        CliRun reenabled = CliRun.run("lint", "--disable", "make-recursive-variable,static-glibc-nss",
                "--enable", "static-glibc-nss", project.toString());
        assertEquals(0, reenabled.exit(), "--disable wins over --enable given on the same command line");
    }

    @Test
    void unknownRuleIdsAndLevelsAreUsageErrors() {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        CliRun enable = CliRun.run("lint", "--enable", "no-such-rule", project.toString());
        assertEquals(2, enable.exit());
        assertTrue(enable.err().contains("unknown rule 'no-such-rule'"), enable.err());
        assertEquals(2, CliRun.run("lint", "--disable", "static-glibc-nss,nope", project.toString()).exit());
        CliRun level = CliRun.run("lint", "--severity", "static-glibc-nss=fatal", project.toString());
        assertEquals(2, level.exit());
        assertTrue(level.err().contains("error, warning, info, hint or off"));
        assertEquals(2, CliRun.run("lint", "--format", "xml", project.toString()).exit());
        assertEquals(2, CliRun.run("lint", "--no-such-option").exit());
        assertEquals(2, CliRun.run("lint", tmp.resolve("missing").toString()).exit());
    }

    @Test
    void excludeLeavesOutMatchingPaths() {
        Path project = CliRun.copyFixture("script-export-cgo-static", tmp);
        assertEquals(0, CliRun.run("lint", "--exclude", "scripts/**", project.toString()).exit());
        assertEquals(0, CliRun.run("lint", "--exclude", "*.sh", project.toString()).exit());
        assertEquals(1, CliRun.run("lint", "--exclude", "docs/**", "--exclude", "*.md", project.toString()).exit());
        assertEquals(2, CliRun.run("lint", "--exclude", "[", project.toString()).exit());
    }

    @Test
    void aFolderOverTheFileLimitIsReportedAndExitsTwo() throws Exception {
        Path project = CliRun.copyFixture("script-export-cgo-static", tmp);
        long files;
        try (var walk = java.nio.file.Files.walk(project)) {
            files = walk.filter(java.nio.file.Files::isRegularFile).count();
        }
        CliRun over = CliRun.run("lint", "--max-files", Long.toString(files - 1), project.toString());
        assertEquals(2, over.exit());
        assertTrue(over.err().contains("holds more than " + (files - 1) + " files, the limit for one workspace"), over.err());
        assertTrue(over.err().contains("--max-files"), over.err());
        assertFalse(over.err().contains("Exception"), over.err());
        assertEquals(1, CliRun.run("lint", "--max-files", Long.toString(files), project.toString()).exit());
        assertEquals(2, CliRun.run("lint", "--max-files", "0", project.toString()).exit());
    }

    @Test
    void aGoFileThatIsNotTextIsNamedWhenABuildReachesItsPackageAndNotOtherwise() throws Exception {
        Path project = tmp.resolve("project");
        CliRun.write(project.resolve("go.mod"), "module example.com/app\n\ngo 1.22\n");
        CliRun.write(project.resolve("Makefile"),
                "build:\n\tCGO_ENABLED=1 go build -ldflags '-linkmode external -extldflags -static' ./cmd/app\n");
        CliRun.write(project.resolve("cmd/app/main.go"), "package main\n\nimport \"net\"\n\nfunc main() { net.LookupHost(\"x\") }\n");
        byte[] binary = {'p', 'a', 'c', 'k', 0, 0, 1, 2};
        java.nio.file.Files.write(project.resolve("cmd/app/blob.go"), binary);
        java.nio.file.Files.createDirectories(project.resolve("tools/old"));
        java.nio.file.Files.write(project.resolve("tools/old/blob.go"), binary);
        CliRun run = CliRun.run("lint", project.toString());
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("[static-glibc-nss]"), "the package is read without the file: " + run.out());
        assertTrue(run.err().contains("cmd/app/blob.go: skipped: binary content (NUL bytes)"), run.err());
        assertFalse(run.err().contains("tools/old/blob.go"), "a file no build reaches cannot matter: " + run.err());
    }

    @Test
    void aFileArgumentReportsOnlyThatFile() {
        Path project = CliRun.copyFixture("script-export-cgo-static", tmp);
        CliRun script = CliRun.run("lint", project.resolve("scripts/release.sh").toString());
        assertEquals(1, script.exit());
        assertTrue(script.out().contains("release.sh:5:1: error"), script.out());
        assertEquals(0, CliRun.run("lint", project.resolve("go.mod").toString()).exit());
    }

    @Test
    void buildArgAndTargetAreAccepted() {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        CliRun run = CliRun.run("lint", "--build-arg", "GO_VERSION=1.22", "--target", "runtime", project.toString());
        assertEquals(1, run.exit(), run.err());
        assertEquals(2, CliRun.run("lint", "--build-arg", "NOEQUALS", project.toString()).exit());
    }

    @Test
    void helpAndVersionWorkEverywhere() {
        for (String command : List.of("lint", "plan", "rules", "explain", "lsp")) {
            CliRun help = CliRun.run(command, "--help");
            assertEquals(0, help.exit(), command);
            assertTrue(help.out().contains("Usage: cgoguard " + command), help.out());
        }
        assertTrue(CliRun.run("lint", "--help").out().contains("--fail-on"));
        CliRun version = CliRun.run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("cgoguard "), version.out());
        assertEquals(2, CliRun.run().exit());
    }

    @Test
    void rulesAndExplainKnowTheSuppressionRules() {
        String rules = CliRun.run("rules").out();
        assertTrue(rules.contains("unused-suppression") && rules.contains("invalid-suppression"), rules);
        CliRun explain = CliRun.run("explain", "invalid-suppression");
        assertEquals(0, explain.exit());
        assertTrue(explain.out().startsWith("# invalid-suppression"));
        assertEquals(2, CliRun.run("explain", "nope").exit());
    }
}
