package dev.cgoguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .cgoguard.yaml file as the command line uses it. */
class SettingsFileTest {
    @TempDir
    Path tmp;

    @Test
    void theNearestSettingsFileAppliesAndTheCommandLineOverridesIt() {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        CliRun.write(project.resolve(".cgoguard.yaml"), "rules:\n  static-glibc-nss: info\n");
        CliRun lowered = CliRun.runIn(project, "lint", project.toString());
        assertEquals(0, lowered.exit(), lowered.err());
        assertTrue(lowered.out().startsWith("Makefile:2:2: info: "), lowered.out());
        CliRun overridden = CliRun.runIn(project, "lint", "--severity", "static-glibc-nss=error", project.toString());
        assertEquals(1, overridden.exit());
        assertTrue(overridden.out().startsWith("Makefile:2:2: error: "));
    }

    @Test
    void aSettingsFileAboveTheProjectIsFoundAndEnableUndoesItsOff() {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        CliRun.write(tmp.resolve(".cgoguard.yaml"), "rules:\n  static-glibc-nss: off\n");
        assertEquals(0, CliRun.runIn(project, "lint", project.toString()).exit());
        assertEquals(1, CliRun.runIn(project, "lint", "--enable", "static-glibc-nss", project.toString()).exit());
    }

    @Test
    void theGitRootBoundsTheSearch() {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        CliRun.write(tmp.resolve(".cgoguard.yaml"), "rules:\n  static-glibc-nss: off\n");
        CliRun.write(project.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        assertEquals(1, CliRun.runIn(project, "lint", project.toString()).exit());
    }

    @Test
    void excludeMakeVarsAndExplicitConfig() {
        Path project = CliRun.copyFixture("make-include-static-conditional", tmp);
        Path config = tmp.resolve("ci.yaml");
        CliRun.write(config, "make-vars:\n  STATIC: \"1\"\nbuild-args: {}\ntarget: runtime\n");
        CliRun run = CliRun.runIn(project, "lint", "--config", config.toString(), project.toString());
        assertTrue(run.out().contains("Makefile:5:2: error: "), run.out() + run.err());
        CliRun.write(config, "exclude:\n  - Makefile\n");
        assertEquals(0, CliRun.runIn(project, "lint", "--config", config.toString(), project.toString()).exit());
        assertEquals(2, CliRun.runIn(project, "lint", "--config", tmp.resolve("none.yaml").toString(), project.toString()).exit());
    }

    @Test
    void mistakesAreReportedWithFileLineAndColumnAndExitTwo() {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        CliRun.write(project.resolve(".cgoguard.yaml"),
                "rules:\n  static-glibc-nss: loud\n  no-such-rule: off\nrulez: {}\nexclude: [\"[\"]\n");
        CliRun run = CliRun.runIn(project, "lint", project.toString());
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        String file = project.resolve(".cgoguard.yaml").toString();
        assertTrue(run.err().contains(file + ":2:21: bad level 'loud' for rule static-glibc-nss"), run.err());
        assertTrue(run.err().contains(file + ":3:3: unknown rule 'no-such-rule'"), run.err());
        assertTrue(run.err().contains(file + ":4:1: unknown key 'rulez'"), run.err());
    }

    @Test
    void brokenYamlIsReportedWhereItBreaks() {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        CliRun.write(project.resolve(".cgoguard.yaml"), "rules:\n  static-glibc-nss: [error\n");
        CliRun run = CliRun.runIn(project, "lint", project.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains(".cgoguard.yaml:3:1: not valid YAML"), run.err());
    }

    @Test
    void aBadExcludeGlobInTheFileIsAnError() {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        CliRun.write(project.resolve(".cgoguard.yaml"), "exclude: [\"a[\"]\n");
        CliRun run = CliRun.runIn(project, "lint", project.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("bad exclude glob 'a['"), run.err());
    }
}
