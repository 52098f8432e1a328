package dev.cgoguard.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.parse.TreeCache;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plans of Makefile go commands: alternatives, unknown parts, and the linking decisions through variables. */
class MakefilePlansTest {
    @TempDir
    Path root;

    private List<BuildPlan> plans(String makefile) throws IOException {
        Files.writeString(root.resolve("go.mod"), "module example.com/m\n\ngo 1.22\n");
        Files.writeString(root.resolve("main.go"), "package main\n\nimport (\n\t\"net\"\n\t\"C\"\n)\n\nfunc main() { _, _ = net.Dial(\"tcp\", \"x:1\") }\n");
        Files.writeString(root.resolve("Makefile"), makefile);
        return new BuildPlanner(new TreeCache(), BuildInputs.NONE).plan(new WorkspaceScanner().scan(root)).plans();
    }

    @Test
    void alternativesThatBuildTheSameWayBecomeOneUnconditionalPlan() throws IOException {
        List<BuildPlan> plans = plans("""
                LDFLAGS := -s
                ifeq ($(DEBUG),1)
                LDFLAGS += -w
                endif
                release: LDFLAGS += -extldflags "-static"
                release:
                \tgo build -ldflags '$(LDFLAGS)' .
                """);
        assertEquals(1, plans.size(), plans.toString());
        assertTrue(plans.get(0).conditions().always(), plans.get(0).conditions().toString());
        assertEquals(Answer.YES, plans.get(0).staticLink().answer());
    }

    @Test
    void alternativesThatDifferStayApartWithTheirConditions() throws IOException {
        List<BuildPlan> plans = plans("""
                ifeq ($(STATIC),1)
                LDFLAGS := -extldflags "-static"
                endif
                build:
                \tgo build -ldflags '$(LDFLAGS)' .
                """);
        assertEquals(2, plans.size());
        assertEquals("when STATIC is not 1", plans.get(0).conditionText(), "the modelled build (STATIC unset) first");
        assertTrue(plans.get(0).conditions().modeled());
        assertEquals(Answer.NO, plans.get(0).staticLink().answer());
        assertEquals("when STATIC=1", plans.get(1).conditionText());
        assertFalse(plans.get(1).conditions().modeled());
        assertEquals(Answer.YES, plans.get(1).staticLink().answer());
    }

    @Test
    void whatMakeCannotKnowStaysUnknown() throws IOException {
        List<BuildPlan> plans = plans("""
                CGO := $(shell ./detect-cgo.sh)
                build:
                \tCGO_ENABLED=$(CGO) go build -ldflags '-extldflags "-static"' .
                """);
        assertEquals(1, plans.size());
        assertEquals(Answer.UNKNOWN, plans.get(0).cgo().answer());
        assertTrue(plans.get(0).cgo().reason().contains("$(shell ./detect-cgo.sh)"), plans.get(0).cgo().reason());
    }

    @Test
    void underOneShellARecipeIsOneScriptAndEachGoCommandStaysOnItsOwnLine() throws IOException {
        List<BuildPlan> plans = plans("""
                .ONESHELL:
                build:
                \t@export CGO_ENABLED=0
                \tcd cmd
                \tgo build -o ../bin/app .
                """);
        assertEquals(1, plans.size());
        assertEquals(Answer.NO, plans.get(0).cgo().answer(), "the export of an earlier line reaches it: " + plans.get(0).cgo());
        assertEquals("cmd", plans.get(0).workingDirectory());
        assertEquals(4, plans.get(0).origin().location().range().start().line());
    }

    @Test
    void withoutOneShellEachRecipeLineHasAShellOfItsOwn() throws IOException {
        List<BuildPlan> plans = plans("""
                build:
                \t@export CGO_ENABLED=0
                \tgo build -o bin/app .
                """);
        assertEquals(1, plans.size());
        assertTrue(plans.get(0).cgo().answer() != Answer.NO, plans.get(0).cgo().toString());
        assertEquals(2, plans.get(0).origin().location().range().start().line());
    }

    @Test
    void packagesThatOnlyTheEnvironmentOrXargsNameAreNotKnownNotTheDefault() throws IOException {
        List<BuildPlan> plans = plans("""
                build:
                \tgo build -o bin/app $$PKG
                \tls cmd | xargs -I{} go build -o bin/{} ./cmd/{}
                \tgo build -o bin/app
                """);
        assertEquals(3, plans.size());
        assertEquals(null, plans.get(0).reach(), "go build $PKG: the packages are not known");
        assertEquals(null, plans.get(1).reach(), "what xargs reads is not known");
        assertTrue(plans.get(2).reach() != null, "no package named: the package in the directory");
    }
}
