package dev.cgoguard.make;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems in the Makefile itself, found also where no recipe expands the culprit. */
class MakeProblemsTest {
    @TempDir
    Path dir;

    @Test
    void unusedSelfReferenceIsReportedAtItsAssignment() {
        MakeEvaluation e = new MakeFixture(dir).file("Makefile", """
                GOFLAGS = -trimpath
                LDFLAGS = $(LDFLAGS) -s
                A = $(B)
                B = x $(C)
                C = $(A)
                OK = $(GOFLAGS)
                build:
                \tgo build $(OK)
                """).evaluate("Makefile");
        List<Integer> lines = e.problems().stream().filter(p -> p.kind().equals("make-recursive-variable"))
                .map(p -> p.range().start().line()).sorted().toList();
        assertEquals(List.of(1, 2, 3, 4), lines);
        assertEquals(List.of("go build -trimpath"), MakeFixture.commands(e, "build"));
    }

    @Test
    void aFunctionThatCallsItselfUntilAnIfStopsItIsEvaluatedAsMakeDoes() {
        MakeEvaluation e = new MakeFixture(dir).file("Makefile", """
                uniq = $(if $1,$(firstword $1) $(call uniq,$(filter-out $(firstword $1),$1)))
                LIST := $(strip $(call uniq,a b a c b))
                build:
                \techo $(LIST)
                """).evaluate("Makefile");
        assertEquals(List.of(), e.problems(), "make prints a b c: nothing references itself");
        assertEquals(List.of("echo a b c"), MakeFixture.commands(e, "build"));
    }

    @Test
    void aVariableNamedByACallArgumentIsReadNotTheFunctionItself() {
        MakeEvaluation e = new MakeFixture(dir).file("Makefile", """
                err_if_empty = $(if $(strip $($(1))),$(strip $($(1))),$(error Required variable $(1) is empty))
                NATIVE := linux
                TARGET_OS ?= $(call err_if_empty,NATIVE)
                build:
                \techo $(call err_if_empty,TARGET_OS)
                """).evaluate("Makefile");
        assertEquals(List.of(), e.problems());
        assertEquals(List.of("echo linux"), MakeFixture.commands(e, "build"));
    }

    @Test
    void aCallThatNeverStopsReachesTheDepthBoundAndIsNotASelfReference() {
        MakeEvaluation e = new MakeFixture(dir).file("Makefile", """
                forever = $(call forever,$1 x)
                build:
                \techo $(call forever,a)
                """).evaluate("Makefile");
        assertEquals(List.of("make-expansion-limit"), e.problems().stream().map(MakeProblem::kind).distinct().toList());
    }
}
