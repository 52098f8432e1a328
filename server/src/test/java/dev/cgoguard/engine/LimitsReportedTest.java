package dev.cgoguard.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.testing.TestProject;
import dev.cgoguard.workspace.ScanLimits;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every limit of {@link ScanLimits} that stops an evaluation short is reported where it stopped, as an
 * {@code analysis-incomplete} finding that names the limit: the go commands past it are never
 * dropped without a word.
 */
class LimitsReportedTest {
    private static final String STATIC_BUILD = "CGO_ENABLED=1 go build -ldflags '-linkmode external -extldflags -static' .";

    @TempDir
    Path tmp;

    private TestProject project() {
        return new TestProject(tmp).module("1.22", "net");
    }

    private static List<Finding> incomplete(TestProject project) {
        return project.findings("analysis-incomplete");
    }

    @Test
    void theMakeExpansionBudgetIsReportedAtTheLineWhereItRanOut() {
        StringBuilder makefile = new StringBuilder("W := " + "w".repeat(99) + (" " + "w".repeat(99)).repeat(999) + "\n");
        makefile.append("FLAGS := -ldflags '-linkmode external -extldflags -static'\n");
        for (int i = 0; i < 300; i++) {
            makefile.append("V").append(i).append(" := $(W)\n");
        }
        makefile.append("build:\n\tCGO_ENABLED=1 go build $(FLAGS) .\n");
        TestProject project = project().file("Makefile", makefile.toString());
        Finding finding = project.only("analysis-incomplete");
        assertEquals("Makefile", finding.location().path());
        // each V line expands $(W), 99,999 characters: after 252 of them (lines 3-254) the 24 MB budget is
        // spent, and the next one, on line 255, is where the expansion stops
        assertEquals(254, finding.location().range().start().line());
        assertTrue(finding.message().contains(String.format("went past %,d characters", ScanLimits.MAKE_EXPANSION_WORK)),
                finding.message());
    }

    @Test
    void recipeLinesPastTheMakeLimitAreReportedAtTheTargetWhereCollectingStopped() {
        // 5,000 targets of 10 recipe lines each fill the limit; the next target's line is not read
        StringBuilder makefile = new StringBuilder("N := 0 1 2 3 4 5 6 7 8 9\n");
        makefile.append("T := $(foreach a,$(N),$(foreach b,$(N),$(foreach c,$(N),$(foreach d,0 1 2 3 4,t$(a)$(b)$(c)$(d)))))\n");
        makefile.append("$(T):\n");
        for (int i = 1; i <= 10; i++) {
            makefile.append("\techo ").append(i).append('\n');
        }
        makefile.append("zz-build:\n\t").append(STATIC_BUILD).append('\n');
        TestProject project = project().file("Makefile", makefile.toString());
        List<Finding> findings = project.findings();
        Finding limit = findings.stream().filter(f -> f.message().contains("more than " + ScanLimits.MAKE_RECIPE_LINES
                + " recipe lines")).findFirst().orElseThrow(() -> new AssertionError(findings.toString()));
        assertEquals(14, limit.location().range().start().line(), "the recipe line of zz-build, line 15");
        assertTrue(findings.stream().noneMatch(f -> f.rule().equals("static-glibc-nss")), findings.toString());
    }

    @Test
    void aGoCommandBuiltMoreWaysThanTheLimitIsReportedOnItsLine() {
        String makefile = "N := 0 1 2 3 4 5 6 7 8 9\n"
                + "define RULE\n"
                + "build:: ; " + STATIC_BUILD.replace(" .", " -o bin/$(1) .") + "\n"
                + "endef\n"
                + "$(foreach a,$(N),$(foreach b,$(N),$(eval $(call RULE,$(a)$(b)))))\n";
        TestProject project = project().file("Makefile", makefile);
        Finding finding = project.only("analysis-incomplete");
        assertEquals(4, finding.location().range().start().line());
        assertTrue(finding.message().contains("more than " + ScanLimits.PLANS_PER_COMMAND + " different ways"), finding.message());
        assertEquals(1, project.findings("static-glibc-nss").size(), "the ways planned give one finding at their line");
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 180, unit = java.util.concurrent.TimeUnit.SECONDS)
    void aSelfEvaluatingDefineThatWritesSixtyThousandCommandsOnOneLineEndsAndSaysSo() {
        // an 8-line Makefile: 60,000 go commands at line 5 (planning compared each with all before it: hours)
        String makefile = "N := 0 1 2 3 4 5 6 7 8 9\n"
                + "M := 0 1 2 3 4 5\n"
                + "define RULE\n"
                + "build:: ; " + STATIC_BUILD.replace(" .", " -o bin/$(1) .") + "\n"
                + "endef\n"
                + "$(foreach m,$(M),$(foreach a,$(N),$(foreach b,$(N),$(foreach c,$(N),$(foreach d,$(N),"
                + "$(eval $(call RULE,$(m)$(a)$(b)$(c)$(d))))))))\n";
        TestProject project = project().file("Makefile", makefile);
        List<Finding> found = incomplete(project);
        assertTrue(found.stream().allMatch(f -> f.location().range().start().line() == 5), "on the line of the define's rule");
        assertTrue(found.stream().anyMatch(f -> f.message().contains("more than " + ScanLimits.PLANS_PER_COMMAND + " different ways")),
                "the ways of the command past the limit");
        assertTrue(found.stream().anyMatch(f -> f.message().contains("more than " + ScanLimits.MAKE_RECIPE_LINES + " recipe lines")),
                "the recipe lines past the limit");
        assertEquals(1, project.findings("static-glibc-nss").size(), "the ways planned give one finding at their line");
    }

    @Test
    void aScriptOfMoreCommandsThanTheLimitIsReportedAndItsBuildAfterTheLimitIsNotSilentlyLost() {
        StringBuilder script = new StringBuilder("#!/bin/sh\n");
        for (int i = 0; i < ScanLimits.SHELL_COMMANDS + 10; i++) {
            script.append("echo ").append(i).append('\n');
        }
        script.append(STATIC_BUILD).append('\n');
        TestProject project = project().file("build.sh", script.toString());
        Finding finding = project.only("analysis-incomplete");
        assertEquals("build.sh", finding.location().path());
        assertTrue(finding.message().contains("more than " + ScanLimits.SHELL_COMMANDS + " commands"), finding.message());
    }

    @Test
    void aScriptNestedDeeperThanTheLimitIsReportedWhereItStopped() {
        int levels = ScanLimits.SHELL_NESTING + 20;
        String script = "#!/bin/sh\n" + "if true; then\n".repeat(levels) + STATIC_BUILD + "\n" + "fi\n".repeat(levels);
        TestProject project = project().file("build.sh", script);
        Finding finding = project.only("analysis-incomplete");
        assertTrue(finding.message().contains("nests more than " + ScanLimits.SHELL_NESTING + " levels"), finding.message());
        assertTrue(finding.location().range().start().line() > 1, "at the statement where reading stopped, not the file's start");
    }

    @Test
    void aGoHeaderPastTheReadPrefixIsReportedWhereReadingStopped() {
        TestProject project = new TestProject(tmp).goMod("1.22")
                .file("main.go", "package main\n\n// " + "x".repeat(300_000) + "\nimport \"net\"\n\nfunc main() { net.LookupHost(\"x\") }\n")
                .file("Makefile", "build:\n\tgo build -ldflags '-extldflags \"-static\"' .\n");
        List<Finding> findings = project.findings();
        Finding cut = project.only("analysis-incomplete");
        assertEquals("main.go", cut.location().path());
        assertEquals(2, cut.location().range().start().line());
        assertTrue(cut.message().contains("past the first " + ScanLimits.GO_PREFIX_BYTES / 1024 + " KB"), cut.message());
        assertTrue(findings.stream().filter(f -> f.rule().equals("ineffective-extldflags"))
                        .allMatch(f -> f.severity() == Severity.INFO && f.message().contains("is not known")),
                "with imports unknown, cgoguard cannot say the link is internal, only that it may be: " + findings);
    }

    @Test
    void aYamlAliasBombIsReportedAtTheAliasPastTheLimit() {
        StringBuilder yaml = new StringBuilder("on: push\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 12; i++) {
            yaml.append("x").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(11, "*a" + (i - 1)))).append("]\n");
        }
        yaml.append("jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ").append(STATIC_BUILD).append('\n');
        TestProject project = project().file(".github/workflows/ci.yml", yaml.toString());
        Finding finding = project.only("analysis-incomplete");
        // aliases 1-99 stand on lines 3-11 (11 each); the 101st is the 2nd alias of line 12
        assertEquals(11, finding.location().range().start().line());
        assertEquals(16, finding.location().range().start().column());
        assertTrue(finding.message().contains("more than " + ScanLimits.YAML_COLLECTION_ALIASES + " aliases"), finding.message());
    }
}
