package dev.cgoguard.make;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How conditions on unknown values are named, merged and decided. */
class MakeConditionsTest {
    @TempDir
    Path dir;

    private List<String> build(String makefile) {
        return MakeFixture.commands(new MakeFixture(dir).file("Makefile", makefile).evaluate("Makefile"), "build");
    }

    @Test
    void environmentVariableComparedWithIfneq() {
        assertEquals(List.of("go build -tags cgo [when CGO_ENABLED is not 0]", "go build -tags netgo [when CGO_ENABLED=0]"),
                build("""
                        ifneq ($(CGO_ENABLED),0)
                        TAGS = cgo
                        else
                        TAGS = netgo
                        endif
                        build:
                        \tgo build -tags $(TAGS)
                        """));
    }

    @Test
    void shellConditionIsNamedByItsText() {
        assertEquals(List.of("go build -ldflags '-extldflags -static' [when $(shell cat /etc/flavour)=Linux]",
                "go build -ldflags '' [when $(shell cat /etc/flavour) is not Linux]"), build("""
                ifeq ($(shell cat /etc/flavour),Linux)
                EXT = -extldflags -static
                endif
                build:
                \tgo build -ldflags '$(EXT)'
                """));
    }

    @Test
    void sameConditionTwiceIsOneChoice() {
        List<String> lines = build("""
                ifeq ($(STATIC),1)
                A = -static
                endif
                ifeq ($(STATIC),1)
                B = netgo
                endif
                build:
                \tgo build -tags '$(B)' -ldflags '$(A)'
                """);
        assertEquals(List.of("go build -tags '' -ldflags '' [when STATIC is not 1]",
                "go build -tags 'netgo' -ldflags '-static' [when STATIC=1]"), lines, "the modelled build (STATIC unset) first");
    }

    @Test
    void emptinessTestWithStrip() {
        assertEquals(List.of("echo none [when VERSION is not set]", "echo some [when VERSION is set]"), build("""
                ifeq ($(strip $(VERSION)),)
                V = none
                else
                V = some
                endif
                build:
                \techo $(V)
                """));
    }

    @Test
    void knownEnvironmentDecidesWithoutAlternatives() {
        MakeFixture f = new MakeFixture(dir).file("Makefile", """
                ifdef CI
                FLAGS = -trimpath
                endif
                build:
                \tgo build $(FLAGS)
                """);
        MakeEvaluation e = new MakeEvaluator(f.workspace(), Map.of("CI", "true")).evaluate("Makefile", Map.of());
        assertEquals(List.of("go build -trimpath"), MakeFixture.commands(e, "build"));
    }

    @Test
    void missingIncludeIsSaidOptionalIncludeIsSilent() {
        MakeEvaluation e = new MakeFixture(dir).file("Makefile", "include gen.mk\n-include local.mk\nbuild:\n\tgo build\n")
                .evaluate("Makefile");
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).kind().equals("make-include-missing"));
        assertEquals(List.of("go build"), MakeFixture.commands(e, "build"));
    }
}
