package dev.cgoguard.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cgoguard.shell.ShellEvaluator;
import dev.cgoguard.shell.SimpleCommand;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expressions of a run script read as unknown values in place, and the words around them keep their places. */
class ExpressionsTest {
    @Test
    void eachExpressionBecomesAnUnsetVariableOfTheSameLength() {
        String script = "go build -ldflags \"-X main.v=${{ github.ref_name }} -s\" -o ${{ env.OUT }} ./cmd/app";
        String masked = Expressions.masked(script);
        assertEquals(script.length(), masked.length());
        assertEquals("go build -ldflags \"-X main.v=$GITHUB_EXPRESSION____ -s\" -o $GITHUB_EXPRES ./cmd/app", masked);

        SimpleCommand command = ShellEvaluator.evaluate(masked).get(0);
        List<String> words = command.argv().stream().map(w -> w.text()).toList();
        assertEquals(7, words.size(), words.toString());
        assertEquals("./cmd/app", words.get(6));
        assertEquals(false, command.argv().get(3).known(), "the -ldflags value holds an unknown part");
        assertEquals(true, command.argv().get(3).isKnown(0, "-X main.v=".length()), "the rest of it is known");
        assertEquals(false, command.argv().get(5).known());
    }

    @Test
    void aScriptWithoutExpressionsOrWithAnUnclosedOneIsLeftAsItIs() {
        assertEquals("go build ./...", Expressions.masked("go build ./..."));
        assertEquals("echo ${{ oops", Expressions.masked("echo ${{ oops"));
    }
}
