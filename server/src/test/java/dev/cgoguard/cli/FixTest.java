package dev.cgoguard.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.engine.Analyzer;
import dev.cgoguard.workspace.PathGate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --fix and --diff, with a preferred fix attached to the real static-glibc-nss findings. */
class FixTest {
    private static final Supplier<Analyzer> DROP_STATIC = SyntheticRules.staticGlibcWithFix(f ->
            f.location().path().endsWith(".sh") ? "go build -o bin/server ./cmd/server" : "go vet ./...\n\tgo run main.go");

    @TempDir
    Path tmp;

    @Test
    void fixRewritesTheFileAndASecondRunChangesNothing() throws IOException {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        byte[] mainBefore = Files.readAllBytes(project.resolve("main.go"));
        CliRun first = CliRun.runIn(DROP_STATIC, project, "lint", "--fix", project.toString());
        assertEquals(0, first.exit(), first.out() + first.err());
        assertEquals("", first.out());
        assertTrue(first.err().contains("fixed: Makefile (1 edit)"), first.err());
        assertEquals("run:\n\tgo vet ./...\n\tgo run main.go\n", CliRun.read(project.resolve("Makefile")));
        assertArrayEquals(mainBefore, Files.readAllBytes(project.resolve("main.go")), "a file no fix touches stays byte-identical");
        CliRun second = CliRun.runIn(DROP_STATIC, project, "lint", "--fix", project.toString());
        assertEquals(0, second.exit());
        assertEquals("", second.err());
        assertEquals("run:\n\tgo vet ./...\n\tgo run main.go\n", CliRun.read(project.resolve("Makefile")));
    }

    @Test
    void crlfFilesStayCrlfAndALackingFinalNewlineStaysLacking() throws IOException {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        Path makefile = project.resolve("Makefile");
        Files.writeString(makefile, "run:\r\n\tgo run -ldflags '-extldflags \"-static\"' main.go");
        CliRun run = CliRun.runIn(DROP_STATIC, project, "lint", "--fix", project.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals("run:\r\n\tgo vet ./...\r\n\tgo run main.go", Files.readString(makefile));
    }

    @Test
    void fixKeepsAScriptExecutable() throws IOException {
        Path project = CliRun.copyFixture("script-export-cgo-static", tmp);
        Path script = project.resolve("scripts/release.sh");
        var permissions = Files.getPosixFilePermissions(script);
        assertTrue(permissions.contains(PosixFilePermission.OWNER_EXECUTE));
        CliRun run = CliRun.runIn(DROP_STATIC, project, "lint", "--fix", project.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(CliRun.read(script).endsWith("\ngo build -o bin/server ./cmd/server\n"));
        assertEquals(permissions, Files.getPosixFilePermissions(script));
        try (var files = Files.list(script.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void diffPrintsTheChangeAndWritesNothing() throws IOException {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        String before = CliRun.read(project.resolve("Makefile"));
        CliRun run = CliRun.runIn(DROP_STATIC, project, "lint", "--diff", project.toString());
        assertEquals(String.join("\n",
                "--- a/Makefile",
                "+++ b/Makefile",
                "@@ -1,2 +1,3 @@",
                " run:",
                "-\tgo run -ldflags '-extldflags \"-static\"' main.go",
                "+\tgo vet ./...",
                "+\tgo run main.go", ""), run.out());
        assertEquals(before, CliRun.read(project.resolve("Makefile")));
    }

    @Test
    void theRealStaticGlibcFixAddsTheNetgoTagsOnce() {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        CliRun first = CliRun.runIn(project, "lint", "--fix", project.toString());
        assertEquals(0, first.exit(), first.out() + first.err());
        String fixed = CliRun.read(project.resolve("Makefile"));
        assertEquals("run:\n\tgo run -tags netgo,osusergo -ldflags '-extldflags \"-static\"' main.go\n", fixed);
        CliRun second = CliRun.runIn(project, "lint", "--fix", project.toString());
        assertEquals(0, second.exit());
        assertEquals("", second.err());
        assertEquals(fixed, CliRun.read(project.resolve("Makefile")));
    }

    @Test
    void aFixChosenOnTheCommandLineIsAppliedInsteadOfThePreferredOneAndNamedInTheReport() {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        CliRun report = CliRun.run("lint", "--format", "json", "--fix=static-glibc-nss:dynamic", "--diff", project.toString());
        assertTrue(report.out().contains("-\tgo run -ldflags '-extldflags \"-static\"' main.go"), report.out());
        assertTrue(report.out().contains("+\tgo run main.go"), report.out());
        CliRun fixed = CliRun.run("lint", "--fix=static-glibc-nss:dynamic", project.toString());
        assertEquals(0, fixed.exit(), fixed.out() + fixed.err());
        assertEquals("run:\n\tgo run main.go\n", CliRun.read(project.resolve("Makefile")));
    }

    @Test
    void aChosenFixWithDiffPrintsTheDiffWritesNothingAndExitsAsTheFilesAreNow() {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        String before = CliRun.read(project.resolve("Makefile"));
        CliRun diff = CliRun.runIn(project, "lint", "--fix=static-glibc-nss:dynamic", "--diff", project.toString());
        assertEquals("--- a/Makefile\n+++ b/Makefile\n@@ -1,2 +1,2 @@\n run:\n-\tgo run -ldflags '-extldflags \"-static\"' main.go\n"
                + "+\tgo run main.go\n", diff.out());
        assertEquals("", diff.err());
        assertEquals(1, diff.exit(), "the error is still in the file");
        assertEquals(before, CliRun.read(project.resolve("Makefile")));
    }

    @Test
    void aFindingThatDoesNotOfferTheChosenFixIsLeftAsItIsAndSaidSo() {
        // a target-specific -static: the dynamic fix is not offered there, only tags and musl
        CliRun.write(tmp.resolve("go.mod"), "module example.com/x\n\ngo 1.22\n");
        CliRun.write(tmp.resolve("main.go"), "package main\n\n// #include <stdlib.h>\nimport \"C\"\n\nimport \"os/user\"\n\n"
                + "func main() { user.Current() }\n");
        String makefile = "LDFLAGS := -s -w\n\nrelease: LDFLAGS += -extldflags \"-static\"\nrelease:\n"
                + "\tCGO_ENABLED=1 go build -ldflags '$(LDFLAGS)' -o bin/app .\n";
        CliRun.write(tmp.resolve("Makefile"), makefile);
        String notFixed = "cgoguard: not fixing Makefile:5:2: the static-glibc-nss finding there offers no 'dynamic' fix"
                + " (its fixes there: tags, musl)\n";
        CliRun fixed = CliRun.runIn(tmp, "lint", "--fix=static-glibc-nss:dynamic", tmp.toString());
        assertEquals(makefile, CliRun.read(tmp.resolve("Makefile")), "not fixed another way");
        assertEquals(notFixed, fixed.err());
        assertEquals(1, fixed.exit());
        CliRun diff = CliRun.runIn(tmp, "lint", "--fix=static-glibc-nss:dynamic", "--diff", tmp.toString());
        assertEquals("", diff.out());
        assertEquals(notFixed, diff.err());
        CliRun preferred = CliRun.runIn(tmp, "lint", "--fix", tmp.toString());
        assertEquals(0, preferred.exit(), preferred.err());
        assertTrue(CliRun.read(tmp.resolve("Makefile")).contains("go build -tags osusergo -ldflags"),
                CliRun.read(tmp.resolve("Makefile")));
    }

    @Test
    void theReportMarksTheChosenFixPreferredAndNamesEveryAlternative() {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        CliRun.write(project.resolve(".cgoguard.yaml"), "fixes:\n  static-glibc-nss: musl\n");
        String json = CliRun.run("lint", "--format", "json", project.toString()).out();
        assertTrue(json.contains("\"preferred\": true,\n          \"alternative\": \"musl\""), json);
        assertTrue(json.contains("\"preferred\": false,\n          \"alternative\": \"tags\""), json);
        CliRun overridden = CliRun.run("lint", "--fix=static-glibc-nss:tags", project.toString());
        assertEquals(0, overridden.exit(), overridden.err());
        assertEquals("run:\n\tgo run -tags netgo,osusergo -ldflags '-extldflags \"-static\"' main.go\n",
                CliRun.read(project.resolve("Makefile")), "the command line wins over the settings file");
    }

    @Test
    void aChoiceTheRuleCannotMakeIsAUsageError() {
        Path project = CliRun.copyFixture("static-cgo-net-user", tmp);
        CliRun unknown = CliRun.run("lint", "--fix=static-glibc-nss:static", project.toString());
        assertEquals(2, unknown.exit());
        assertEquals("cgoguard: --fix=static-glibc-nss:static: the rule static-glibc-nss has no fix 'static'"
                + " (its fixes: tags, musl, alpine, dynamic)\n", unknown.err());
        CliRun single = CliRun.run("lint", "--fix=obsolete-build-flag:remove", project.toString());
        assertEquals("cgoguard: --fix=obsolete-build-flag:remove: the rule obsolete-build-flag offers one fix, so there is"
                + " no alternative to choose\n", single.err());
        CliRun malformed = CliRun.run("lint", "--fix=dynamic", project.toString());
        assertEquals("cgoguard: --fix=dynamic: write --fix=RULE:ALTERNATIVE, e.g. --fix=static-glibc-nss:dynamic\n", malformed.err());
        assertEquals("run:\n\tgo run -ldflags '-extldflags \"-static\"' main.go\n", CliRun.read(project.resolve("Makefile")));
    }

    @Test
    void aFileChangedOnDiskSinceItWasReadIsNotWritten() throws IOException {
        Path file = tmp.resolve("Makefile");
        Files.writeString(file, "edited meanwhile\n");
        PathGate gate = PathGate.of(tmp);
        FixWriter.RefusedException refused = assertThrows(FixWriter.RefusedException.class,
                () -> FixWriter.write(gate, file, "as read\n", "fixed\n"));
        assertTrue(refused.getMessage().contains("changed on disk"), refused.getMessage());
        assertEquals("edited meanwhile\n", Files.readString(file));
        FixWriter.write(gate, file, "edited meanwhile\n", "fixed\n");
        assertEquals("fixed\n", Files.readString(file));
        assertFalse(Files.list(tmp).anyMatch(p -> p.toString().endsWith(".cgoguard-tmp")));
    }
}
