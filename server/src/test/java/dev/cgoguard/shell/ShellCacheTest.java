package dev.cgoguard.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Kept evaluations are the evaluations; the cache stays within two generations. */
class ShellCacheTest {
    @Test
    void aScriptInTheSameStateIsEvaluatedOnceAndGivesWhatAFreshEvaluationGives() {
        ShellCache cache = new ShellCache();
        ShellState state = ShellState.of(Map.of("GOOS", ShellValue.known("linux")), "cmd");
        var first = cache.commands("CGO_ENABLED=0 go build -o app .", state);
        assertSame(first, cache.commands("CGO_ENABLED=0 go build -o app .", ShellState.of(Map.of("GOOS", ShellValue.known("linux")), "cmd")));
        assertEquals(ShellEvaluator.evaluate(new dev.cgoguard.workspace.SourceText("CGO_ENABLED=0 go build -o app ."), state), first);
        assertEquals("0", first.get(0).env().get("CGO_ENABLED").text());
    }

    @Test
    void anotherStartingStateIsAnotherEvaluation() {
        ShellCache cache = new ShellCache();
        var inCmd = cache.commands("go build $FLAGS .", ShellState.of(Map.of("FLAGS", ShellValue.known("-race")), "cmd"));
        var elsewhere = cache.commands("go build $FLAGS .", ShellState.of(Map.of("FLAGS", ShellValue.known("-a")), "cmd"));
        assertNotSame(inCmd, elsewhere);
        assertEquals("-race", inCmd.get(0).argv().get(2).text());
        assertEquals("-a", elsewhere.get(0).argv().get(2).text());
    }

    @Test
    void atMostTwoGenerationsAreKept() {
        ShellCache cache = new ShellCache();
        for (int i = 0; i < ShellCache.GENERATION_SIZE * 3; i++) {
            cache.commands("echo " + i, ShellState.empty());
        }
        assertTrue(cache.size() <= 2 * ShellCache.GENERATION_SIZE, "kept: " + cache.size());
    }
}
