package dev.cgoguard.make;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One case per built-in function: the expression in a recipe, and the text the recipe gets. */
class MakeFunctionsTest {
    @TempDir
    Path dir;

    static Stream<Arguments> functions() {
        return Stream.of(
                Arguments.of("$(subst -dynamic,-static,$(LD))", "-linkmode external -extldflags -static"),
                Arguments.of("$(patsubst %.c,%.o,x.c.c bar.c)", "x.c.o bar.o"),
                Arguments.of("$(strip   -tags    netgo  )", "-tags netgo"),
                Arguments.of("$(filter -static%,$(LD))", ""),
                Arguments.of("$(filter -extldflags -linkmode,$(LD))", "-linkmode -extldflags"),
                Arguments.of("$(filter-out -linkmode external,$(LD))", "-extldflags -dynamic"),
                Arguments.of("$(findstring static,-extldflags -static)", "static"),
                Arguments.of("$(word 2,$(LD))", "external"),
                Arguments.of("$(words $(LD))", "4"),
                Arguments.of("$(firstword $(LD)) $(lastword $(LD))", "-linkmode -dynamic"),
                Arguments.of("$(addprefix -tags=,netgo osusergo)", "-tags=netgo -tags=osusergo"),
                Arguments.of("$(addsuffix .go,main util)", "main.go util.go"),
                Arguments.of("$(if $(STATIC),-static,-dynamic)", "-static"),
                Arguments.of("$(if $(NOPE),-static,-dynamic)", "-dynamic"),
                Arguments.of("$(or $(NOPE),$(STATIC),x)", "1"),
                Arguments.of("$(and $(STATIC),$(NOPE),x)|$(and $(STATIC),y)", "|y"),
                Arguments.of("$(foreach os,linux darwin,GOOS=$(os))", "GOOS=linux GOOS=darwin"),
                Arguments.of("$(dir cmd/app/main.go x.go) $(notdir cmd/app/main.go)", "cmd/app/ ./ main.go"),
                Arguments.of("$(basename cmd/a.go b.tar.gz c) $(suffix cmd/a.go b.tar.gz c)", "cmd/a b.tar c .go .gz"),
                Arguments.of("$(join a b c,1 2)", "a1 b2 c"),
                Arguments.of("$(sort b a c a)", "a b c"),
                Arguments.of("$(origin CC) $(origin LD) $(origin NOPE) $(origin 1)", "default file undefined undefined"),
                Arguments.of("$(flavor LD) $(flavor STATIC)", "recursive simple"),
                Arguments.of("$(value LD)", "-linkmode external -extldflags $(MODE)"),
                Arguments.of("$(error stop)$(warning careful)$(info hello)x", "x"),
                Arguments.of("$(call PAIR,-X,main.v=1)", "-X=main.v=1"),
                Arguments.of("$(wordlist 2,3,a b c d)", "b c"),
                Arguments.of("$(abspath /a/b/../c)", "/a/c"),
                Arguments.of("$(LD:-dynamic=-static)", "-linkmode external -extldflags -static"),
                Arguments.of("$(NAMES:%=cmd/%/main.go)", "cmd/a/main.go cmd/b/main.go"),
                Arguments.of("$(wildcard [z-a]*)$(wildcard *.nothing)", ""),
                Arguments.of("$$HOME $$$$", "$HOME $$"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void functionResult(String expression, String expected) {
        MakeFixture f = new MakeFixture(dir).file("Makefile", """
                MODE = -dynamic
                LD = -linkmode external -extldflags $(MODE)
                STATIC := 1
                NAMES = a b
                PAIR = $(1)=$(2)
                build:
                \techo [%s]
                """.formatted(expression));
        MakeEvaluation e = new MakeEvaluator(f.workspace(), Map.of()).evaluate("Makefile", Map.of());
        assertEquals(List.of("echo [" + expected + "]"), MakeFixture.commands(e, "build"));
    }
}
