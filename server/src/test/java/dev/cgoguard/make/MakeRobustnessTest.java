package dev.cgoguard.make;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.grammars.ReferenceGrammar;
import dev.cgoguard.parse.Parsers;
import dev.cgoguard.parse.SyntaxTree;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treesitter.TSNode;

/** Big and broken input: bounded time, no exception, and no recipe line the grammar sees is lost. */
class MakeRobustnessTest {
    @TempDir
    Path dir;

    @Test
    void twentyThousandLinesEvaluateToEveryCommand() {
        StringBuilder text = new StringBuilder("export CGO_ENABLED = 0\n");
        for (int i = 0; i < 5000; i++) {
            text.append("V").append(i).append(" := $(firstword $(V").append(Math.max(0, i - 1))
                    .append(":.o=.c)) f").append(i).append(".o\n");
            text.append("t").append(i).append(": V").append(i).append(".go\n");
            text.append("\tgo build -ldflags '-X main.n=").append(i).append("' -o $@ $< $(V").append(i).append(")\n");
            text.append("# comment ").append(i).append('\n');
        }
        MakeFixture fixture = new MakeFixture(dir).file("Makefile", text.toString());
        MakeEvaluator evaluator = new MakeEvaluator(fixture.workspace());
        // speed is measured by tests/bench from the outside; here only a guard against a hang
        MakeEvaluation e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> evaluator.evaluate("Makefile", Map.of()));
        assertEquals(5000, e.commands().size());
        assertEquals("go build -ldflags '-X main.n=4999' -o t4999 V4999.go f0.c f4999.o", e.commands().get(4999).command());
    }

    @Test
    void anEvalThatCallsItselfThreeTimesOverStopsAtTheBudgetAndSaysSo() {
        // each $(eval) of RULE evaluates RULE three times again, and globs the folder each time:
        // the text produced stays small, so the lines read and the patterns matched are counted too
        String makefile = "define RULE\n"
                + "include $(wildcard *.mk)\n"
                + "$$(foreach t,a b c,$$(eval $$(call RULE,$$(t))))\n"
                + "endef\n"
                + "$(foreach t,a b c,$(eval $(call RULE,$(t))))\n"
                + "all:\n"
                + "\tgo build ./...\n";
        MakeFixture fixture = new MakeFixture(dir).file("Makefile", makefile).file("x.mk", "X := 1\n");
        MakeEvaluation[] evaluated = new MakeEvaluation[1];
        dev.cgoguard.testing.FuzzBounds.check(() -> evaluated[0] = fixture.evaluate("Makefile", Map.of()));
        MakeEvaluation e = evaluated[0];
        assertEquals("go build ./...", e.commands().get(0).command());
        assertTrue(e.problems().stream().anyMatch(p -> p.kind().equals("make-expansion-limit")
                && p.message().contains("went past")), e.problems().toString());
    }

    @Test
    void anEvalThatCallsItselfWithNothingToGlobStopsAfterSixtyFourPlacesNestedTooDeep() {
        // each $(eval) of RULE evaluates RULE three times again and produces little text: every
        // branch ends at the nesting limit, and those ends are what is counted
        String makefile = "define RULE\n"
                + "X$(1) := $(1)\n"
                + "$$(foreach t,a b c,$$(eval $$(call RULE,$$(t))))\n"
                + "endef\n"
                + "$(foreach t,a b c,$(eval $(call RULE,$(t))))\n"
                + "all:\n"
                + "\tgo build ./...\n";
        MakeFixture fixture = new MakeFixture(dir).file("Makefile", makefile);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        MakeEvaluation e = fixture.evaluate("Makefile", Map.of());
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 64L << 20, "allocated " + allocated + " bytes");
        assertEquals("go build ./...", e.commands().get(0).command());
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("nested deeper than")), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.kind().equals("make-expansion-limit")
                && p.message().contains("went past")), e.problems().toString());
    }

    @Test
    void charactersThatMarkUnknownPartsReadAsWrittenTextNeverAsUnknown() {
        // U+0091..U+0096 mark unknown parts and stand for blanks and quotes inside them; a hostile
        // file, setting or path that holds them gets the replacement character, as for a byte
        // that is not UTF-8, and the rest evaluates as written (U+E000 is plain text)
        String makefile = "X := a\u0091b\u0092c\n"
                + "ifeq ($(X),a\u0091b\u0092c)\n"
                + "Y := same\n"
                + "endif\n"
                + "all:\n"
                + "\tgo build -o \"$(X)\" -ldflags '-X main.v=\u0093\u0094\uE000' ./cmd $(Y) $(V)\n";
        MakeFixture fixture = new MakeFixture(dir).file("Makefile", makefile);
        MakeEvaluation e = fixture.evaluate("Makefile", Map.of("V", "\u0091date\u0092"));
        String command = e.commands().get(0).command();
        assertEquals("go build -o \"a\uFFFDb\uFFFDc\" -ldflags '-X main.v=\uFFFD\uFFFD\uE000' ./cmd same"
                + " \uFFFDdate\uFFFD", command);
        assertFalse(MakeUnknown.contains(command), command);
        assertEquals(command, MakeUnknown.display(command));
    }

    @Test
    void anUnknownPartKeepsTheTextCompact() {
        String marked = MakeUnknown.of("$(shell git describe --tags \"$(V)\" 'x' `y`)");
        assertTrue(marked.chars().allMatch(c -> c <= 0xFF), marked);
        assertEquals("<$(shell git describe --tags \"$(V)\" 'x' `y`)>", MakeUnknown.display(marked));
    }

    @Test
    void randomGarbageNeverThrows() {
        String alphabet = "$(){}:;=+?!#\\\n\t %@<^*-|,.abcXYZ ifeq ifdef else endif define endef include export ";
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(10) == 0) {
                    String[] words = alphabet.substring(alphabet.indexOf(" if")).trim().split(" ");
                    text.append(words[random.nextInt(words.length)]).append(' ');
                } else {
                    text.append(alphabet.charAt(random.nextInt(40)));
                }
            }
            MakeFixture fixture = new MakeFixture(dir).file("Makefile", text.toString());
            MakeEvaluation e = assertDoesNotThrow(() -> fixture.evaluate("Makefile"), text.toString());
            assertTrue(e.problems().stream().noneMatch(p -> p.kind().equals("make-not-evaluated")),
                    e.problems() + "\n" + text);
        }
    }

    @Test
    void everyRecipeLineTheGrammarFindsIsEvaluated() {
        int checked = 0;
        for (int seed = 1; seed <= 100; seed++) {
            MakefileGenerator generator = new MakefileGenerator(seed);
            String text = generator.makefile();
            MakeFixture fixture = new MakeFixture(dir).file("Makefile", text)
                    .file("inc.mk", String.join("\n", generator.includeLines) + "\n");
            MakeEvaluation e = new MakeEvaluator(fixture.workspace(), Map.of()).evaluate("Makefile", Map.of());
            Set<Integer> evaluatedLines = new HashSet<>();
            e.commands().forEach(c -> evaluatedLines.add(c.range().start().line()));
            SyntaxTree tree = Parsers.parse(ReferenceGrammar.MAKE, text);
            Set<Integer> grammarLines = new HashSet<>();
            collectRecipeLines(tree, tree.root(), grammarLines);
            assertTrue(evaluatedLines.containsAll(grammarLines), "seed " + seed + ": grammar recipe lines "
                    + grammarLines + ", evaluated " + evaluatedLines + "\n" + text);
            checked += grammarLines.size();
        }
        assertTrue(checked > 100, "only " + checked + " recipe lines compared");
    }

    private static void collectRecipeLines(SyntaxTree tree, TSNode node, Set<Integer> lines) {
        if (node.getType().contains("conditional")) {
            return; // a branch may not be taken
        }
        if (node.getType().equals("recipe_line")) {
            lines.add(tree.range(node).start().line());
            return;
        }
        for (int i = 0; i < node.getNamedChildCount(); i++) {
            collectRecipeLines(tree, node.getNamedChild(i), lines);
        }
    }
}
