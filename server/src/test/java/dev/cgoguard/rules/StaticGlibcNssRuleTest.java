package dev.cgoguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticGlibcNssRuleTest {
    private static final String ID = StaticGlibcNssRule.INFO.id();
    /** A cgo package (so the go command links externally) that does DNS and user lookups. */
    private static final String MAIN = "package main\n\nimport (\n\t\"net\"\n\t\"os/user\"\n\n\t\"C\"\n)\n\n"
            + "func main() {\n\tnet.LookupHost(\"example.com\")\n\tuser.Current()\n}\n";
    private static final String STATIC = "go build -ldflags '-extldflags \"-static\"' -o app .";

    @TempDir
    Path dir;

    private TestProject project(String makefile) {
        return new TestProject(dir).goMod("1.22").file("main.go", MAIN).file("Makefile", makefile);
    }

    @Test
    void aStaticGlibcLinkWithNetAndUserLookupsIsAnErrorOnTheGoCommandNamingBothImports() {
        TestProject project = project("build:\n\t" + STATIC + "\n");
        Finding finding = project.only(ID);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(1, finding.location().range().start().line());
        assertTrue(finding.message().startsWith("this go build links glibc statically"), finding.message());
        assertTrue(finding.message().contains("net's cgo DNS resolver (getaddrinfo), reached through main.go importing net"),
                finding.message());
        assertTrue(finding.message().contains("os/user's cgo lookups"), finding.message());
        assertTrue(finding.message().endsWith("Fix: build with -tags netgo,osusergo, or link with musl, or link glibc dynamically."),
                finding.message());
        assertEquals(List.of("main.go:4", "main.go:5"), finding.related().stream().limit(2).map(StaticGlibcNssRuleTest::at).toList());
    }

    @Test
    void thePreferredFixAddsTheTagsThatReplaceTheLookupsAndTheFindingIsGone() {
        TestProject project = project("build:\n\t" + STATIC + "\n");
        String fixed = project.apply(TestProject.preferred(project.only(ID)), "Makefile");
        assertEquals("build:\n\tgo build -tags netgo,osusergo -ldflags '-extldflags \"-static\"' -o app .\n", fixed);
        assertEquals(List.of(), project.findings(ID));
    }

    @Test
    void aStaticallyLinkedTestBinaryIsInfoBecauseItRunsWhereItWasLinked() {
        TestProject project = project("test:\n\tgo test -ldflags '-extldflags \"-static\"' ./...\n");
        Finding finding = project.only(ID);
        assertEquals(Severity.INFO, finding.severity());
        assertTrue(finding.message().contains("The test binary runs on the host that linked it"), finding.message());
    }

    @Test
    void aScriptIsReadWithTheVariablesTheMakefileThatRunsItGivesIt() {
        TestProject project = project("static:\n\tLDFLAGS='-extldflags \"-static\"' ./scripts/build.sh\n")
                .file("scripts/build.sh", "#!/bin/sh\ngo build -ldflags \"$LDFLAGS\" -o app .\n");
        List<Finding> findings = project.findings(ID).stream().filter(f -> f.severity() != Severity.INFO).toList();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("scripts/build.sh", findings.get(0).location().path());
        assertEquals(1, findings.get(0).location().range().start().line());
        assertEquals(Severity.ERROR, findings.get(0).severity());
    }

    @Test
    void aScriptRunWithoutTheStaticFlagIsNotReported() {
        TestProject project = project("build:\n\tLDFLAGS=-s ./scripts/build.sh\n")
                .file("scripts/build.sh", "#!/bin/sh\ngo build -ldflags \"$LDFLAGS\" -o app .\n");
        assertEquals(List.of(), project.findings(ID).stream().filter(f -> f.severity() != Severity.INFO).toList());
    }

    @Test
    void onlyTheTagThatIsMissingIsAdded() {
        TestProject project = project("build:\n\tgo build -tags netgo -ldflags '-extldflags \"-static\"' -o app .\n");
        Finding finding = project.only(ID);
        assertTrue(!finding.message().contains("net's cgo DNS resolver"), finding.message());
        assertEquals("build:\n\tgo build -tags netgo,osusergo -ldflags '-extldflags \"-static\"' -o app .\n",
                project.apply(TestProject.preferred(finding), "Makefile"));
    }

    @Test
    void aCommandThatRunsOnlyUnderAConditionIsInfoAndSaysWhen() {
        TestProject project = project("ifeq ($(STATIC),1)\nLDFLAGS := -extldflags \"-static\"\nendif\n"
                + "build:\n\tgo build -ldflags '$(LDFLAGS)' -o app .\n");
        Finding finding = project.only(ID);
        assertEquals(Severity.INFO, finding.severity());
        assertTrue(finding.message().startsWith("When STATIC=1: this go build links glibc statically"), finding.message());
    }

    @Test
    void notReportedWithTheTagsWithMuslOrForADynamicLink() {
        assertEquals(List.of(), project("build:\n\tgo build -tags netgo,osusergo -ldflags '-extldflags \"-static\"' .\n").findings(ID));
        assertEquals(List.of(), project("build:\n\tCC=musl-gcc " + STATIC + "\n").findings(ID));
        assertEquals(List.of(), project("build:\n\tgo build -o app .\n").findings(ID));
        assertEquals(List.of(), project("build:\n\tCGO_ENABLED=0 go build -tags netgo -o app ./cmd\n").findings(ID));
    }

    private static String at(RelatedLocation related) {
        return related.location().path() + ":" + (related.location().range().start().line() + 1);
    }
}
