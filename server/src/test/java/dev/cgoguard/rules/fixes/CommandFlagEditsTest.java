package dev.cgoguard.rules.fixes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandFlagEditsTest {
    private static final SourceLocation AT = new SourceLocation("build.sh",
            new TextRange(new TextPosition(0, 0), new TextPosition(0, 0)));

    private static GoCommandText command(String text) {
        return GoCommandText.find(AT, text).orElseThrow();
    }

    private static String apply(String text, List<FileEdit> edits) {
        SourceText source = new SourceText(text);
        List<FileEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparing((FileEdit e) -> e.range().start()).reversed());
        StringBuilder out = new StringBuilder(text);
        for (FileEdit edit : sorted) {
            out.replace(source.offsetAt(edit.range().start()), source.offsetAt(edit.range().end()), edit.newText());
        }
        return out.toString();
    }

    @Test
    void removesOneTagKeepingCommasOrSpacesAndQuotes() {
        String text = "go build -tags 'netgo osusergo' -o app .";
        assertEquals("go build -tags 'osusergo' -o app .", apply(text, command(text).removeTags(List.of("netgo")).orElseThrow()));
        String joined = "go build -tags=a,netcgo,b .";
        assertEquals("go build -tags=a,b .", apply(joined, command(joined).removeTags(List.of("netcgo")).orElseThrow()));
        String only = "go build -tags netgo -o app .";
        assertEquals("go build -o app .", apply(only, command(only).removeTags(List.of("netgo")).orElseThrow()));
    }

    @Test
    void noTagEditThroughAVariableOrForAnAbsentTag() {
        String variable = "go build -tags \"$TAGS\" .";
        assertTrue(command(variable).removeTags(List.of("netgo")).isEmpty());
        String absent = "go build -tags osusergo .";
        assertTrue(command(absent).removeTags(List.of("netgo")).isEmpty());
    }

    @Test
    void removesALinkerFlagWhereverItStandsInTheValue() {
        String first = "go build -ldflags \"-linkmode=external -s -w\" .";
        assertEquals("go build -ldflags \"-s -w\" .", apply(first,
                command(first).ldflags().orElseThrow().removeFlag("linkmode", "external"::equals).orElseThrow()));
        String quoted = "go build -ldflags '-X main.v=1 -extldflags \"-static -lm\"' .";
        assertEquals("go build -ldflags '-X main.v=1' .", apply(quoted,
                command(quoted).ldflags().orElseThrow().removeFlag("extldflags", v -> true).orElseThrow()));
        String alone = "go build -ldflags=--extldflags=-static -o app .";
        assertEquals("go build -o app .", apply(alone,
                command(alone).ldflags().orElseThrow().removeFlag("extldflags", v -> true).orElseThrow()));
        String internal = "go build -ldflags '-linkmode internal' .";
        assertEquals(Optional.empty(), command(internal).ldflags().orElseThrow().removeFlag("linkmode", "external"::equals));
    }

    @Test
    void prependsToTheValueAndQuotesABareOne() {
        String quoted = "go build -ldflags '-extldflags -static' .";
        assertEquals("go build -ldflags '-linkmode=external -extldflags -static' .",
                apply(quoted, List.of(command(quoted).ldflags().orElseThrow().prepend("-linkmode=external").orElseThrow())));
        String bare = "go build -ldflags=-s .";
        assertEquals("go build -ldflags='-linkmode=external -s' .",
                apply(bare, List.of(command(bare).ldflags().orElseThrow().prepend("-linkmode=external").orElseThrow())));
    }

    @Test
    void setsSeveralVariablesInOneInsertionAndReplacesWrittenOnes() {
        String text = "GOARCH=arm64 CGO_ENABLED=0 go build .";
        Map<String, String> env = new java.util.LinkedHashMap<>();
        env.put("CGO_ENABLED", "1");
        env.put("CC", "aarch64-linux-gnu-gcc");
        assertEquals("CC=aarch64-linux-gnu-gcc GOARCH=arm64 CGO_ENABLED=1 go build .", apply(text, command(text).setEnvironment(env)));
    }

    @Test
    void removesStaticFromTheExternalLinkerFlagsKeepingTheRestAndDropsWhatIsLeftEmpty() {
        String kept = "go build -ldflags '-s -extldflags \"-static -lm\"' .";
        assertEquals("go build -ldflags '-s -extldflags \"-lm\"' .", apply(kept, command(kept).ldflags().orElseThrow()
                .removeExternalLinkerWords("-static"::equals).orElseThrow()));
        String emptied = "go build -ldflags '-s -extldflags \"-static\"' .";
        assertEquals("go build -ldflags '-s' .", apply(emptied, command(emptied).ldflags().orElseThrow()
                .removeExternalLinkerWords("-static"::equals).orElseThrow()), "no empty -extldflags \"\" is left");
        String alone = "go build -ldflags=-extldflags=-static -o app .";
        assertEquals("go build -o app .", apply(alone, command(alone).ldflags().orElseThrow()
                .removeExternalLinkerWords("-static"::equals).orElseThrow()), "no empty -ldflags is left");
        String none = "go build -ldflags '-extldflags -lm' .";
        assertTrue(command(none).ldflags().orElseThrow().removeExternalLinkerWords("-static"::equals).isEmpty());
    }

    @Test
    void findsTheOneAssignmentOfAVariableInEachFileKindsSyntax() {
        String script = "#!/bin/sh\nexport CGO_ENABLED=0 # off\nLDFLAGS=\"-s -extldflags '-static'\"\ngo build .\n";
        AssignmentText exported = AssignmentText.unique(PlanOrigin.Kind.SCRIPT, "b.sh", script, "CGO_ENABLED", 0, script.length()).orElseThrow();
        assertEquals("#!/bin/sh\nexport CGO_ENABLED=1 # off\nLDFLAGS=\"-s -extldflags '-static'\"\ngo build .\n",
                apply(script, List.of(exported.replaceValue("1"))));
        AssignmentText ldflags = AssignmentText.unique(PlanOrigin.Kind.SCRIPT, "b.sh", script, "LDFLAGS", 0, script.length()).orElseThrow();
        assertEquals("-s -extldflags '-static'", ldflags.inner());
        String makefile = "LDFLAGS := -s -w # small\nexport CGO_ENABLED ?= 1\nrelease:\n\texport CC=gcc; go build .\n";
        assertEquals("-s -w", AssignmentText.unique(PlanOrigin.Kind.MAKEFILE, "Makefile", makefile, "LDFLAGS", 0, makefile.length())
                .orElseThrow().inner());
        assertEquals("1", AssignmentText.unique(PlanOrigin.Kind.MAKEFILE, "Makefile", makefile, "CGO_ENABLED", 0, makefile.length())
                .orElseThrow().inner());
        assertEquals("gcc", AssignmentText.unique(PlanOrigin.Kind.MAKEFILE, "Makefile", makefile, "CC", 0, makefile.length())
                .orElseThrow().inner());
        String dockerfile = "FROM golang:1.22\nENV GOOS=linux CGO_ENABLED=1\nARG CC=gcc\nENV LDFLAGS -s -w\nRUN go build .\n";
        assertEquals("FROM golang:1.22\nENV GOOS=linux CGO_ENABLED=0\nARG CC=gcc\nENV LDFLAGS -s -w\nRUN go build .\n", apply(dockerfile,
                List.of(AssignmentText.unique(PlanOrigin.Kind.DOCKERFILE, "Dockerfile", dockerfile, "CGO_ENABLED", 0, dockerfile.length())
                        .orElseThrow().replaceValue("0"))));
        assertEquals("-s -w", AssignmentText.unique(PlanOrigin.Kind.DOCKERFILE, "Dockerfile", dockerfile, "LDFLAGS", 0, dockerfile.length())
                .orElseThrow().inner());
        String workflow = "env:\n  CGO_ENABLED: '1'\njobs:\n  b:\n    steps:\n      - run: go build .\n";
        assertEquals("env:\n  CGO_ENABLED: '0'\njobs:\n  b:\n    steps:\n      - run: go build .\n", apply(workflow,
                List.of(AssignmentText.unique(PlanOrigin.Kind.WORKFLOW, "w.yml", workflow, "CGO_ENABLED", 0, workflow.length())
                        .orElseThrow().replaceValue("0"))));
    }

    @Test
    void twoAssignmentsOfOneNameAreNotGuessedBetween() {
        String script = "if [ \"$STATIC\" ]; then\n  export CGO_ENABLED=0\nelse\n  export CGO_ENABLED=1\nfi\ngo build .\n";
        assertTrue(AssignmentText.unique(PlanOrigin.Kind.SCRIPT, "b.sh", script, "CGO_ENABLED", 0, script.length()).isEmpty());
        String prefixed = "CGO_ENABLED=0 go build .\n";
        assertTrue(AssignmentText.unique(PlanOrigin.Kind.SCRIPT, "b.sh", prefixed, "CGO_ENABLED", 0, prefixed.length()).isEmpty(),
                "a NAME=value in front of a command is that command's, not an assignment");
    }

    @Test
    void removesAWordFromACgoLdflagsLineAndTheLineWhenNothingIsLeft() {
        SourceLocation at = new SourceLocation("main.go", TextRange.of(3, 0, 3, 25));
        String kept = "#cgo LDFLAGS: -static -lm";
        assertEquals(" -lm", CgoDirectiveText.removeFlags(at, kept, "-static"::equals).orElseThrow().newText());
        FileEdit whole = CgoDirectiveText.removeFlags(at, "// #cgo linux LDFLAGS: -static", "-static"::equals).orElseThrow();
        assertEquals(TextRange.of(3, 0, 4, 0), whole.range());
        assertTrue(CgoDirectiveText.removeFlags(at, "#cgo LDFLAGS: -lm", "-static"::equals).isEmpty());
    }

    @Test
    void installsAnAptPackageWithTheStagesOwnInstallOrARunOfItsOwnBeforeTheBuild() {
        String merged = "FROM golang:1.22\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends \\\n    git \\\n"
                + " && rm -rf /var/lib/apt/lists/*\nCOPY . .\nRUN go build .\n";
        assertEquals(merged.replace("    git \\", "    git musl-tools \\"),
                apply(merged, DockerfileText.installAptPackage("Dockerfile", merged, 0, merged.indexOf("go build"), "musl-tools")));
        String none = "FROM golang:1.22 AS build\nCOPY . .\nRUN --mount=type=cache,target=/root/.cache go build .\n";
        assertEquals("FROM golang:1.22 AS build\nCOPY . .\nRUN apt-get update && apt-get install -y --no-install-recommends musl-tools\n"
                + "RUN --mount=type=cache,target=/root/.cache go build .\n",
                apply(none, DockerfileText.installAptPackage("Dockerfile", none, 0, none.indexOf("go build"), "musl-tools")));
        String sameRun = "FROM golang:1.22\nRUN apt-get update && apt-get install -y musl-tools && go build .\n";
        assertEquals(List.of(), DockerfileText.installAptPackage("Dockerfile", sameRun, 0, sameRun.indexOf("go build"), "musl-tools"));
    }

    @Test
    void insertsAWorkflowStepBeforeTheStepThatRunsTheCommand() {
        String block = "jobs:\n  b:\n    steps:\n      - name: Build\n        run: |\n          go mod download\n          go build .\n";
        assertEquals("jobs:\n  b:\n    steps:\n      - name: Install\n        run: apt-get install x\n"
                + "      - name: Build\n        run: |\n          go mod download\n          go build .\n",
                apply(block, List.of(WorkflowText.insertStepBefore("w.yml", block, block.indexOf("go build"), "Install", "apt-get install x")
                        .orElseThrow())));
    }
}
