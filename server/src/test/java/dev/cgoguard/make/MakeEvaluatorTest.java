package dev.cgoguard.make;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.workspace.TextRange;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One construct per test: a small Makefile and the recipe lines or values a user would see. */
class MakeEvaluatorTest {
    @TempDir
    Path dir;

    private MakeEvaluation eval(String makefile) {
        return new MakeFixture(dir).file("Makefile", makefile).evaluate("Makefile");
    }

    private List<String> build(String makefile) {
        return MakeFixture.commands(eval(makefile), "build");
    }

    @Test
    void recursiveVariableSeesLaterAssignmentSimpleDoesNot() {
        assertEquals(List.of("go build -ldflags '-extldflags \"-static\"' -o late", "echo early=[]"), build("""
                LD = -extldflags "$(MODE)"
                EARLY := $(MODE)
                MODE = -static
                build:
                \tgo build -ldflags '$(LD)' -o late
                \techo early=[$(EARLY)]
                """));
    }

    @Test
    void simpleAssignmentWithDoubleColonEquals() {
        assertEquals(List.of("echo -static"), build("X = -static\nY ::= $(X)\nX = dynamic\nbuild:\n\techo $(Y)\n"));
    }

    @Test
    void appendKeepsTheFlavourItExtends() {
        assertEquals(List.of("go build -ldflags '-s -linkmode external -extldflags \"-static\"'"), build("""
                LDFLAGS = -s
                LDFLAGS += $(EXT)
                EXT = -linkmode external -extldflags "-static"
                build:
                \tgo build -ldflags '$(LDFLAGS)'
                """));
        assertEquals(List.of("go build -ldflags '-s '"), build("""
                LDFLAGS := -s
                LDFLAGS += $(EXT)
                EXT = -linkmode external
                build:
                \tgo build -ldflags '$(LDFLAGS)'
                """));
    }

    @Test
    void conditionalAssignmentOnlyWhenUndefined() {
        assertEquals(List.of("CGO_ENABLED=0 go build"), build("""
                CGO_ENABLED = 0
                CGO_ENABLED ?= 1
                build:
                \tCGO_ENABLED=$(CGO_ENABLED) go build
                """));
    }

    @Test
    void shellAssignmentAndShellFunctionStayUnknown() {
        List<String> lines = build("""
                VERSION != git describe --tags
                COMMIT = $(shell git rev-parse HEAD)
                build:
                \tgo build -ldflags "-X main.v=$(VERSION) -X main.c=$(COMMIT)"
                """);
        assertEquals(1, lines.size());
        String line = lines.get(0);
        assertTrue(MakeUnknown.contains(line), line);
        assertEquals("go build -ldflags \"-X main.v=<$(shell git describe --tags)> -X main.c=<$(shell git rev-parse HEAD)>\"",
                MakeUnknown.render(line));
    }

    @Test
    void exportedVariablesReachTheRecipeEnvironment() {
        MakeEvaluation e = eval("""
                export CGO_ENABLED = 0
                GOOS = linux
                export GOARCH := amd64
                unexport GOARCH
                build:
                \tgo build
                """);
        Map<String, ShellValue> env = e.commands().get(0).environment();
        assertEquals(ShellValue.known("0"), env.get("CGO_ENABLED"));
        assertFalse(env.containsKey("GOOS"), env.toString());
        assertFalse(env.containsKey("GOARCH"), env.toString());
    }

    @Test
    void exportWithoutNamesExportsEverything() {
        MakeEvaluation e = eval("export\nCGO_ENABLED = 1\nV = $(shell date)\nbuild:\n\tgo build\n");
        Map<String, ShellValue> env = e.commands().get(0).environment();
        assertEquals(ShellValue.known("1"), env.get("CGO_ENABLED"));
        assertFalse(env.get("V").known());
    }

    @Test
    void commandLineVariableWinsUnlessOverride() {
        MakeFixture f = new MakeFixture(dir).file("Makefile", """
                CGO_ENABLED = 1
                override TAGS = netgo
                build:
                \tCGO_ENABLED=$(CGO_ENABLED) go build -tags $(TAGS)
                """);
        MakeEvaluation e = f.evaluate("Makefile", Map.of("CGO_ENABLED", "0", "TAGS", "x"));
        assertEquals(List.of("CGO_ENABLED=0 go build -tags netgo"), MakeFixture.commands(e, "build"));
        assertEquals(ShellValue.known("0"), e.commands().get(0).environment().get("CGO_ENABLED"),
                "command-line variables are exported to the recipe");
    }

    @Test
    void targetSpecificVariablesApplyToTheTargetAndItsPrerequisites() {
        MakeEvaluation e = eval("""
                LDFLAGS = -s
                release: LDFLAGS += -extldflags "-static"
                release: export CGO_ENABLED = 0
                release: build
                \techo released
                build:
                \tgo build -ldflags '$(LDFLAGS)'
                """);
        assertEquals(List.of("go build -ldflags '-s'",
                "go build -ldflags '-s -extldflags \"-static\"' [when made for release]"),
                MakeFixture.commands(e, "build"));
        MakeCommandLine released = e.commands().stream().filter(c -> c.target().equals("release")).findFirst().get();
        assertEquals(ShellValue.known("0"), released.environment().get("CGO_ENABLED"));
    }

    @Test
    void patternSpecificVariables() {
        assertEquals(List.of("cc -static -c x.c"), MakeFixture.commands(eval("""
                CFLAGS = -O2
                %.o: CFLAGS = -static
                all: x.o
                x.o: x.c
                \tcc $(CFLAGS) -c $<
                """), "x.o"));
    }

    @Test
    void defineCallAndEvalOfKnownText() {
        MakeEvaluation e = eval("""
                define GO_BUILD
                $(1):
                \tCGO_ENABLED=$(2) go build -o $(1) ./cmd/$(1)
                endef
                $(eval $(call GO_BUILD,server,0))
                $(eval $(call GO_BUILD,agent,1))
                """);
        assertEquals(List.of("CGO_ENABLED=0 go build -o server ./cmd/server"), MakeFixture.commands(e, "server"));
        assertEquals(List.of("CGO_ENABLED=1 go build -o agent ./cmd/agent"), MakeFixture.commands(e, "agent"));
    }

    @Test
    void cannedRecipeLinesBecomeSeparateCommands() {
        assertEquals(List.of("go vet ./...", "go build -tags netgo"), build("""
                define STEPS
                go vet ./...
                @go build -tags netgo
                endef
                build:
                \t$(STEPS)
                """));
    }

    @Test
    void substitutionReferences() {
        assertEquals(List.of("echo a.c b.c x/a.c"), build("""
                OBJS = a.o b.o x/a.o
                build:
                \techo $(OBJS:.o=.c)
                """));
        assertEquals(List.of("echo src/a.go src/b.go"), build("""
                OBJS = a.o b.o
                build:
                \techo $(OBJS:%.o=src/%.go)
                """));
    }

    @Test
    void knownConditionalIsDecided() {
        assertEquals(List.of("go build -tags netgo,osusergo"), build("""
                STATIC = 1
                ifeq ($(STATIC),1)
                TAGS = netgo,osusergo
                else ifeq ($(STATIC),2)
                TAGS = two
                else
                TAGS = none
                endif
                build:
                \tgo build -tags $(TAGS)
                """));
    }

    @Test
    void unknownConditionalKeepsBothOutcomesWithConditions() {
        assertEquals(List.of("echo start", "go build [when DEBUG is not set]", "go build -race [when DEBUG is set]"),
                build("""
                        ifdef DEBUG
                        FLAGS = -race
                        endif
                        build:
                        \techo start
                        \tgo build $(FLAGS)
                        """).stream().map(s -> s.replace("go build  [", "go build [")).toList());
    }

    @Test
    void staticFromIncludedFileOnlyWhenStaticIsOne() {
        MakeFixture f = new MakeFixture(dir)
                .file("Makefile", """
                        LDFLAGS = -s -w
                        include build/flags.mk
                        build:
                        \tgo build -ldflags '$(LDFLAGS)' -o app .
                        """)
                .file("build/flags.mk", """
                        ifeq ($(STATIC),1)
                        LDFLAGS += -linkmode external -extldflags "-static"
                        endif
                        """);
        MakeEvaluation e = f.evaluate("Makefile");
        assertEquals(List.of(
                "go build -ldflags '-s -w' -o app . [when STATIC is not 1]",
                "go build -ldflags '-s -w -linkmode external -extldflags \"-static\"' -o app . [when STATIC=1]"),
                MakeFixture.commands(e, "build"));
        assertTrue(e.filesRead().contains("build/flags.mk"));
        MakeEvaluation given = f.evaluate("Makefile", Map.of("STATIC", "1"));
        assertEquals(List.of("go build -ldflags '-s -w -linkmode external -extldflags \"-static\"' -o app ."),
                MakeFixture.commands(given, "build"));
    }

    @Test
    void tooManyUnknownConditionsAreBoundedAndSaid() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            text.append("ifdef D").append(i).append("\nF += f").append(i).append("\nendif\n");
        }
        text.append("build:\n\techo $(F)\n");
        MakeEvaluation e = eval(text.toString());
        assertEquals(16, e.commands().size());
        assertTrue(e.problems().stream().anyMatch(p -> p.kind().equals("make-too-many-alternatives")));
    }

    @Test
    void includeCycleIsReportedNotLooped() {
        MakeFixture f = new MakeFixture(dir).file("Makefile", "include a.mk\nbuild:\n\techo $(A) $(B)\n")
                .file("a.mk", "A = a\ninclude b.mk\n").file("b.mk", "B = b\ninclude a.mk\n");
        MakeEvaluation e = f.evaluate("Makefile");
        assertEquals(List.of("echo a b"), MakeFixture.commands(e, "build"));
        assertTrue(e.problems().stream().anyMatch(p -> p.kind().equals("make-include-cycle")), e.problems().toString());
    }

    @Test
    void includeOutsideTheWorkspaceIsNotRead() {
        MakeEvaluation e = eval("include ../../../etc/passwd\n-include /etc/hostname\nbuild:\n\techo ok\n");
        assertEquals(List.of("echo ok"), MakeFixture.commands(e, "build"));
        assertEquals(Set(e.filesRead()), Set(java.util.Set.of("Makefile")));
        assertTrue(e.problems().stream().anyMatch(p -> p.kind().equals("make-include-outside")));
    }

    private static java.util.Set<String> Set(java.util.Set<String> s) {
        return new java.util.TreeSet<>(s);
    }

    @Test
    void recipePrefixesAndContinuations() {
        MakeEvaluation e = eval("build:\n\t@echo quiet\n\t-rm -f x\n\t+go build \\\n\t  -tags netgo\n");
        assertEquals(List.of("echo quiet", "rm -f x", "go build \\\n  -tags netgo"), MakeFixture.commands(e, "build"));
        assertEquals(TextRange.of(3, 1, 4, 14), e.commands().get(2).range());
    }

    @Test
    void recipePrefixVariable() {
        assertEquals(List.of("go build -tags netgo"), build(".RECIPEPREFIX = >\nTAGS = netgo\nbuild:\n> go build -tags $(TAGS)\n"));
    }

    @Test
    void automaticVariables() {
        assertEquals(List.of("go build -o bin/app main.go | main.go util.go | bin | app"), MakeFixture.commands(eval("""
                bin/app: main.go util.go main.go
                \tgo build -o $@ $< | $^ | $(@D) | $(@F)
                """), "bin/app"));
    }

    @Test
    void patternRuleStemUnknownUnlessInstantiated() {
        MakeEvaluation generic = eval("%.bin:\n\tgo build -o $@ ./cmd/$*\n");
        assertTrue(MakeUnknown.contains(generic.commands().get(0).command()));
        MakeEvaluation used = eval("all: server.bin\n%.bin:\n\tgo build -o $@ ./cmd/$*\n");
        assertEquals(List.of("go build -o server.bin ./cmd/server"), MakeFixture.commands(used, "server.bin"));
    }

    @Test
    void oneLineRecipeAfterSemicolon() {
        assertEquals(List.of("CGO_ENABLED=0 go build"), build("build: ; @CGO_ENABLED=0 go build\n"));
    }

    @Test
    void recursiveMakeIntoAnotherWorkspaceMakefile() {
        MakeFixture f = new MakeFixture(dir)
                .file("Makefile", "all:\n\t$(MAKE) -C cmd/server build STATIC=1\n\tcd tools && $(MAKE)\n")
                .file("cmd/server/Makefile", "build:\n\tgo build -ldflags '$(if $(filter 1,$(STATIC)),-extldflags -static)'\n")
                .file("tools/Makefile", "gen:\n\tgo generate\n");
        MakeEvaluation e = f.evaluate("Makefile");
        List<MakeCommandLine> lines = e.commands();
        assertEquals(List.of("make -C cmd/server build STATIC=1", "go build -ldflags '-extldflags -static'",
                "cd tools && make", "go generate"), lines.stream().map(MakeCommandLine::command).toList());
        assertEquals("cmd/server", lines.get(1).workingDirectory());
        assertEquals("cmd/server/Makefile", lines.get(1).makefile());
        assertEquals("tools", lines.get(3).workingDirectory());
        assertEquals("", lines.get(0).workingDirectory());
    }

    @Test
    void bundledShortOptionsOfARecursiveMakeTakeTheirArgumentAsMakeDoes() {
        // "-BC dir" is -B then -C dir; "-j 4" and "-sj4" are jobs, not a goal; "-kf x.mk" names the file
        MakeFixture f = new MakeFixture(dir)
                .file("Makefile", "all:\n\t$(MAKE) -BC cmd/server build\n\t$(MAKE) -j 4 -sC tools gen\n"
                        + "\t$(MAKE) -sj4 -kf release.mk dist\n")
                .file("cmd/server/Makefile", "build:\n\tgo build -o server .\nlint:\n\tgolangci-lint run\n")
                .file("tools/Makefile", "gen:\n\tgo generate ./...\n")
                .file("release.mk", "dist:\n\tCGO_ENABLED=0 go build -o dist/app .\n");
        MakeEvaluation e = f.evaluate("Makefile");
        List<MakeCommandLine> lines = e.commands();
        assertEquals(List.of("make -BC cmd/server build", "go build -o server .", "make -j 4 -sC tools gen",
                "go generate ./...", "make -sj4 -kf release.mk dist", "CGO_ENABLED=0 go build -o dist/app ."),
                lines.stream().map(MakeCommandLine::command).toList());
        assertEquals("cmd/server", lines.get(1).workingDirectory());
        assertEquals("tools", lines.get(3).workingDirectory());
        assertEquals("release.mk", lines.get(5).makefile());
    }

    @Test
    void aSubMakeVariableIsOneShellWordEvenWithQuotesInsideIt() {
        MakeFixture f = new MakeFixture(dir)
                .file("Makefile", "static:\n\t$(MAKE) bin GO_LDFLAGS='-extldflags \"-static\"'\n"
                        + "bin:\n\tgo build -ldflags '$(GO_LDFLAGS)' -o app .\n");
        MakeEvaluation e = f.evaluate("Makefile");
        assertEquals("go build -ldflags '-extldflags \"-static\"' -o app .", e.commands().get(1).command());
    }

    @Test
    void aRecursiveMakeOfTheSameMakefileWithAGoalSeesThatGoalInMakecmdgoals() {
        MakeFixture f = new MakeFixture(dir)
                .file("Makefile", "ifeq ($(MAKECMDGOALS),release)\nTAGS := -tags release\nendif\n"
                        + "ifdef DEBUG\nGCFLAGS := -gcflags all=-N\nendif\n"
                        + "all:\n\t$(MAKE) release\n\t$(MAKE) build\n"
                        + "release:\n\tgo build $(TAGS) -o rel ./cmd\n"
                        + "build:\n\tgo build $(GCFLAGS) -o app ./cmd\n");
        List<String> commands = MakeFixture.commands(f.evaluate("Makefile"));
        assertEquals(List.of("make release", "go build -tags release -o rel ./cmd", "make build",
                "go build  -o app ./cmd [when DEBUG is not set]", "go build -gcflags all=-N -o app ./cmd [when DEBUG is set]"),
                commands.subList(0, 5));
    }

    @Test
    void aRecursiveMakeOfTheSameMakefileWithAnotherGoalRunsThatGoalsRecipeInEveryAlternative() {
        MakeFixture f = new MakeFixture(dir)
                .file("Makefile", "ifdef DEBUG\nGCFLAGS := -gcflags all=-N\nendif\n"
                        + "all:\n\t$(MAKE) build\n"
                        + "build:\n\tgo build $(GCFLAGS) -o app ./cmd\n");
        List<String> commands = MakeFixture.commands(f.evaluate("Makefile"));
        assertEquals(List.of("make build", "go build  -o app ./cmd [when DEBUG is not set]",
                "go build -gcflags all=-N -o app ./cmd [when DEBUG is set]"), commands.subList(0, 3));
    }

    @Test
    void aRecursiveMakeStartedTheSameWayFromTwoRecipesGivesItsLinesUnderEach() {
        MakeFixture f = new MakeFixture(dir)
                .file("Makefile", "all: check publish\ncheck:\n\t$(MAKE) -C cmd/server build STATIC=1\n"
                        + "publish:\n\t$(MAKE) -C cmd/server build STATIC=1\n\t$(MAKE) -C cmd/server build STATIC=0\n")
                .file("cmd/server/Makefile", "build:\n\tgo build -ldflags '$(if $(filter 1,$(STATIC)),-extldflags -static)'\n");
        List<MakeCommandLine> lines = f.evaluate("Makefile").commands();
        assertEquals(List.of("make -C cmd/server build STATIC=1", "go build -ldflags '-extldflags -static'",
                "make -C cmd/server build STATIC=1", "go build -ldflags '-extldflags -static'",
                "make -C cmd/server build STATIC=0", "go build -ldflags ''"), lines.stream().map(MakeCommandLine::command).toList());
        assertEquals(List.of("check", "build", "publish", "build", "publish", "build"),
                lines.stream().map(MakeCommandLine::target).toList());
        assertEquals(1, lines.get(3).range().start().line(), "the recipe line of cmd/server/Makefile");
        assertEquals("cmd/server/Makefile", lines.get(3).makefile());
    }

    @Test
    void recursiveMakeWithOtherFileAndCycle() {
        MakeFixture f = new MakeFixture(dir)
                .file("Makefile", "all:\n\t$(MAKE) -f release.mk dist\n")
                .file("release.mk", "dist:\n\tgo build -tags release\n\t$(MAKE) -f Makefile all\n");
        MakeEvaluation e = f.evaluate("Makefile");
        List<String> commands = e.commands().stream().map(MakeCommandLine::command).toList();
        assertEquals("go build -tags release", commands.get(1));
        assertTrue(commands.size() < 20, commands.toString());
    }

    @Test
    void selfReferencingVariableIsAProblemNotAHang() {
        MakeEvaluation e = eval("CFLAGS = -O2\nCFLAGS = $(CFLAGS) -static\nbuild:\n\tcc $(CFLAGS)\n");
        MakeProblem p = e.problems().stream().filter(x -> x.kind().equals("make-recursive-variable")).findFirst().get();
        assertEquals(1, p.range().start().line());
        assertTrue(MakeUnknown.contains(e.commands().get(0).command()));
        MakeEvaluation indirect = eval("A = $(B) x\nB = $(A) y\nbuild:\n\techo $(A)\n");
        assertTrue(indirect.problems().stream().anyMatch(x -> x.kind().equals("make-recursive-variable")));
    }

    @Test
    void explosiveExpansionIsBounded() {
        StringBuilder text = new StringBuilder("A0 = xxxxxxxxxxxxxxxx\n");
        for (int i = 1; i < 60; i++) {
            text.append("A").append(i).append(" = $(A").append(i - 1).append(")$(A").append(i - 1).append(")\n");
        }
        text.append("build:\n\techo $(A59)\n");
        // a hang guard, not a speed test: 2^60 copies of the text would never end
        MakeEvaluation e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> eval(text.toString()));
        assertTrue(MakeUnknown.contains(e.commands().get(0).command()));
    }

    @Test
    void wildcardMatchesWorkspaceFiles() {
        MakeFixture f = new MakeFixture(dir).file("cmd/a/Makefile", "x:\n").file("cmd/b/Makefile", "x:\n")
                .file("Makefile", "DIRS = $(dir $(wildcard cmd/*/Makefile))\nbuild:\n\techo $(DIRS) $(wildcard nope/*)\n");
        assertEquals(List.of("echo cmd/a/ cmd/b/ "), MakeFixture.commands(f.evaluate("Makefile"), "build"));
    }

    @Test
    void wildcardLooksOnlyWhereItsSegmentsLeadAndFindsFilesOnDiskAndInSkippedFolders() {
        MakeFixture f = new MakeFixture(dir).file("cmd/a/main.go", "package main\n").file("cmd/b/main.go", "package main\n")
                .file("cmd/b/notes.txt", "x\n").file("cmd/b/deep/main.go", "package main\n")
                .file("testdata/in.json", "{}\n").file(".hidden.c", "int x;\n")
                .file("Makefile", "build:\n\techo $(wildcard cmd/*/main.go) | $(wildcard cmd/*/*.txt) | $(wildcard testdata/*)"
                        + " | $(wildcard *.c) | $(wildcard cmd/[ab]/m?in.go) | $(wildcard */*/deep)\n");
        assertEquals(List.of("echo cmd/a/main.go cmd/b/main.go | cmd/b/notes.txt | testdata/in.json | .hidden.c"
                + " | cmd/a/main.go cmd/b/main.go | cmd/b/deep"), MakeFixture.commands(f.evaluate("Makefile"), "build"));
    }

    @Test
    void environmentVariableInRecipeIsUnsetInTheModelledBuildUnlessAConditionalFindsItSet() {
        assertEquals(List.of("go build -o /app"), build("build:\n\tgo build -o $(OUT)/app\n"));
        List<String> lines = build("ifdef OUT\nX := 1\nendif\nbuild:\n\tgo build -o $(OUT)/app\n");
        assertEquals("go build -o /app [when OUT is not set]", lines.get(0));
        assertEquals("go build -o <$(OUT)>/app [when OUT is set]", MakeUnknown.render(lines.get(1)));
        assertEquals("go build -o dist/app [when OUT=dist]",
                build("ifeq ($(OUT),dist)\nX := 1\nendif\nbuild:\n\tgo build -o $(OUT)/app\n").get(1));
    }
}
