package dev.cgoguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
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
    void aStandardLibraryPackageBuiltStaticallyByNameIsReportedOnTheGoCommandWithoutAnImportToPointAt() {
        TestProject project = new TestProject(dir).goMod("1.22")
                .file("Makefile", "build:\n\tCGO_ENABLED=1 go build -ldflags '-linkmode external -extldflags \"-static\"' net/http\n");
        Finding finding = project.only(ID);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("Makefile", finding.location().path());
        assertTrue(finding.message().contains("net's cgo DNS resolver (getaddrinfo), reached through net/http (the package built)"),
                finding.message());
        assertEquals(List.of(), finding.related().stream().filter(r -> r.message().startsWith("imports ")).toList());
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

    @Test
    void aMakefileOffersTheTagsThenMuslThenDynamicGlibcAndEachRemovesTheFindingWithoutANewWarning() {
        String makefile = "build:\n\t" + STATIC + "\n";
        Finding finding = project(makefile).only(ID);
        assertEquals(List.of("tags", "musl", "dynamic"), finding.fixes().stream().map(Fix::alternative).toList());
        assertEquals(List.of(true, false, false), finding.fixes().stream().map(Fix::preferred).toList());
        assertEquals("Link with musl: CC=musl-gcc (needs musl-gcc on the build host: Debian's and Ubuntu's musl-tools)",
                finding.fixes().get(1).title());
        assertEquals("Link glibc dynamically: remove -static (the binary then needs a glibc at least as new as the build's"
                + " where it runs)", finding.fixes().get(2).title());
        assertFixed(makefile, "musl", "Makefile", "build:\n\tCC=musl-gcc " + STATIC + "\n");
        assertFixed(makefile, "dynamic", "Makefile", "build:\n\tgo build -o app .\n");
    }

    @Test
    void theDynamicFixKeepsTheOtherLinkerFlagsAndEditsTheVariableTheCommandReads() {
        String makefile = "LDFLAGS := -s -w -linkmode=external -extldflags '-static -lm'\n\nbuild:\n\tgo build -ldflags \"$(LDFLAGS)\" -o app .\n";
        assertFixed(makefile, "dynamic", "Makefile",
                "LDFLAGS := -s -w -linkmode=external -extldflags '-lm'\n\nbuild:\n\tgo build -ldflags \"$(LDFLAGS)\" -o app .\n");
        String onlyStatic = "LDFLAGS := -s -extldflags -static\n\nbuild:\n\tgo build -ldflags \"$(LDFLAGS)\" -o app .\n";
        assertFixed(onlyStatic, "dynamic", "Makefile", "LDFLAGS := -s\n\nbuild:\n\tgo build -ldflags \"$(LDFLAGS)\" -o app .\n");
    }

    @Test
    void aVariableTwoCommandsReadIsNotEditedForOne() {
        String makefile = "LDFLAGS := -extldflags \"-static\"\n\nbuild:\n\tgo build -ldflags \"$(LDFLAGS)\" -o app .\n"
                + "tool:\n\tCGO_ENABLED=0 go build -ldflags \"$(LDFLAGS)\" -o tool ./cmd/tool\n";
        TestProject project = project(makefile).file("cmd/tool/main.go", "package main\n\nfunc main() {}\n");
        Finding finding = project.only(ID);
        assertEquals(List.of("tags", "musl"), finding.fixes().stream().map(Fix::alternative).toList());
    }

    @Test
    void aTagsFlagThatAnExpansionGivesGetsNoTagsFixWhileOneWrittenOnTheCommandHasTheMissingTagAdded() {
        String expanded = "#!/bin/sh\nFLAGS=\"--tags=netgo\"\ngo build $FLAGS -ldflags '-extldflags \"-static\"' -o app .\n";
        Finding finding = project("").file("build.sh", expanded).only(ID);
        assertTrue(finding.message().contains("os/user's cgo lookups") && !finding.message().contains("net's cgo DNS resolver"),
                finding.message());
        assertEquals(List.of("musl", "dynamic"), finding.fixes().stream().map(Fix::alternative).toList());

        String written = "#!/bin/sh\ngo build --tags=netgo -ldflags '-extldflags \"-static\"' -o app .\n";
        TestProject project = project("").file("build.sh", written);
        assertEquals(written.replace("--tags=netgo", "--tags=netgo,osusergo"),
                project.apply(TestProject.preferred(project.only(ID)), "build.sh"));
    }

    @Test
    void aScriptGetsTheSameThreeFixesAndTheDynamicOneEditsItsLdflagsAssignment() {
        String script = "#!/bin/sh\nset -e\nLDFLAGS=\"-s -w -extldflags '-static'\"\ngo build -ldflags \"${LDFLAGS}\" -o app .\n";
        TestProject project = project("").file("build.sh", script);
        Finding finding = project.only(ID);
        assertEquals(List.of("tags", "musl", "dynamic"), finding.fixes().stream().map(Fix::alternative).toList());
        String fixed = project.apply(TestProject.titled(finding, "Link glibc dynamically"), "build.sh");
        assertEquals("#!/bin/sh\nset -e\nLDFLAGS=\"-s -w\"\ngo build -ldflags \"${LDFLAGS}\" -o app .\n", fixed);
        assertNoWarnings(project);
    }

    @Test
    void aCompilerOtherToolsReadTooIsSetOnTheCommandNotChangedWhereItIsExported() {
        String script = "#!/bin/sh\nexport CC=gcc\nmake -C third_party\n" + STATIC + "\n";
        TestProject project = project("").file("build.sh", script);
        assertEquals("#!/bin/sh\nexport CC=gcc\nmake -C third_party\nCC=musl-gcc " + STATIC + "\n",
                project.apply(TestProject.titled(project.only(ID), "Link with musl"), "build.sh"));
    }

    @Test
    void aDockerfileAddsMuslToolsToTheStagesInstallOrOffersTheAlpineVariant() {
        String dockerfile = "FROM golang:1.22 AS build\nRUN apt-get update && apt-get install -y --no-install-recommends git\n"
                + "WORKDIR /src\nCOPY . .\nRUN " + STATIC.replace("-o app", "-o /out/app") + "\n\n"
                + "FROM debian:bookworm-slim\nCOPY --from=build /out/app /app\n";
        TestProject project = project("").file("Dockerfile", dockerfile);
        Finding finding = project.only(ID);
        assertEquals(List.of("tags", "musl", "dynamic"), finding.fixes().stream().map(Fix::alternative).toList(),
                "no Alpine stage for a stage that installs with apt");
        assertEquals("Link glibc dynamically: remove -static (stage 1 (debian:bookworm-slim) has glibc 2.36, as the binary needs)",
                finding.fixes().get(2).title());
        String musl = project.apply(TestProject.titled(finding, "Link with musl"), "Dockerfile");
        assertEquals(dockerfile.replace("install -y --no-install-recommends git", "install -y --no-install-recommends git musl-tools")
                .replace("RUN go build", "RUN CC=musl-gcc go build"), musl);
        assertNoWarnings(project);
    }

    @Test
    void aDockerfileStageWithoutAnInstallGetsOneBeforeTheBuildAndTheAlpineVariantToo() {
        String dockerfile = "FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN " + STATIC + "\n";
        TestProject project = project("").file("Dockerfile", dockerfile);
        Finding finding = project.only(ID);
        assertEquals(List.of("tags", "musl", "alpine", "dynamic"), finding.fixes().stream().map(Fix::alternative).toList());
        assertEquals("FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\n"
                + "RUN apt-get update && apt-get install -y --no-install-recommends musl-tools\nRUN CC=musl-gcc " + STATIC + "\n",
                project.apply(TestProject.titled(finding, "Link with musl: CC=musl-gcc"), "Dockerfile"));
        assertNoWarnings(project);
        TestProject again = project("").file("Dockerfile", dockerfile);
        assertEquals("Link with musl: build on golang:1.22-alpine with build-base", TestProject.titled(again.only(ID), "Link with musl: build").title());
        assertEquals("FROM golang:1.22-alpine AS build\nRUN apk add --no-cache build-base\nWORKDIR /src\nCOPY . .\nRUN " + STATIC + "\n",
                again.apply(TestProject.titled(again.only(ID), "Link with musl: build"), "Dockerfile"));
        assertNoWarnings(again);
    }

    @Test
    void theDynamicFixIsNotOfferedWhenTheRunImageHasNoGlibcOrAnOlderOne() {
        String build = "FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN " + STATIC.replace("-o app", "-o /out/app") + "\n\n";
        for (String run : List.of("FROM scratch", "FROM alpine:3.19", "FROM debian:bullseye-slim")) {
            TestProject project = project("").file("Dockerfile", build + run + "\nCOPY --from=build /out/app /app\n");
            assertTrue(project.only(ID).fixes().stream().noneMatch(f -> "dynamic".equals(f.alternative())), run);
        }
    }

    @Test
    void aWorkflowInstallsMuslToolsInAStepBeforeTheBuild() {
        String workflow = "on: push\njobs:\n  build:\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@v4\n"
                + "      - run: " + STATIC + "\n";
        TestProject project = project("").file(".github/workflows/release.yml", workflow);
        Finding finding = project.only(ID);
        assertEquals(List.of("tags", "musl", "dynamic"), finding.fixes().stream().map(Fix::alternative).toList());
        assertEquals("on: push\njobs:\n  build:\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@v4\n"
                + "      - name: Install musl-gcc\n        run: sudo apt-get update && sudo apt-get install -y musl-tools\n"
                + "      - run: CC=musl-gcc " + STATIC + "\n",
                project.apply(TestProject.titled(finding, "Link with musl"), ".github/workflows/release.yml"));
        assertNoWarnings(project);
    }

    @Test
    void cCodeThatDoesTheLookupsGetsNoTagsFixAndTheStaticRequestOfItsPreambleIsRemoved() {
        TestProject project = new TestProject(dir).goMod("1.22").file("main.go", "package main\n\n/*\n#cgo LDFLAGS: -static -lm\n"
                + "#include <pwd.h>\nstatic void f(void) { getpwuid(0); }\n*/\nimport \"C\"\n\nfunc main() { C.f() }\n")
                .file("Makefile", "build:\n\tgo build -o app .\n");
        Finding finding = project.only(ID);
        assertEquals(List.of("musl", "dynamic"), finding.fixes().stream().map(Fix::alternative).toList());
        assertTrue(finding.fixes().get(0).preferred());
        project.apply(TestProject.titled(finding, "Link glibc dynamically"), "main.go");
        assertTrue(project.text("main.go").contains("#cgo LDFLAGS: -lm\n"), project.text("main.go"));
        assertEquals(List.of(), project.findings(ID));
    }

    @Test
    void theMuslTitleNamesALinkedLibraryThatNeedsAMuslBuild() {
        TestProject project = new TestProject(dir).goMod("1.22").file("main.go", MAIN.replace("\t\"C\"", "\t\"C\"")
                .replace("import (", "// #cgo LDFLAGS: -lsqlite3\nimport \"C\"\n\nimport (").replace("\n\t\"C\"\n", "\n"))
                .file("Makefile", "build:\n\t" + STATIC + "\n");
        Finding finding = project.only(ID);
        assertEquals("Link with musl: CC=musl-gcc (needs musl-gcc on the build host: Debian's and Ubuntu's musl-tools;"
                + " -lsqlite3 needs a musl build of that library, which Debian does not ship)", TestProject.titled(finding, "Link with musl").title());
        project.file("Makefile", "build:\n\tCGO_LDFLAGS=\"-l bpf -lm\" " + STATIC + "\n");
        assertTrue(TestProject.titled(project.only(ID), "Link with musl").title()
                .endsWith("; -lsqlite3 -lbpf need musl builds of those libraries, which Debian does not ship)"));
    }

    /** Applies the fix of {@code alternative} to a fresh project with {@code makefile} and checks the text of {@code path}. */
    private void assertFixed(String makefile, String alternative, String path, String expected) {
        TestProject project = new TestProject(dir.resolve(alternative + Math.abs(makefile.hashCode()))).goMod("1.22")
                .file("main.go", MAIN).file("Makefile", makefile);
        Finding finding = project.only(ID);
        Fix fix = finding.fixes().stream().filter(f -> alternative.equals(f.alternative())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + alternative + " fix in " + finding.fixes()));
        assertEquals(expected, project.apply(fix, path));
        assertEquals(List.of(), project.findings(ID));
        assertNoWarnings(project);
    }

    private static void assertNoWarnings(TestProject project) {
        assertEquals(List.of(), project.findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING)).toList());
    }

    private static String at(RelatedLocation related) {
        return related.location().path() + ":" + (related.location().range().start().line() + 1);
    }
}
