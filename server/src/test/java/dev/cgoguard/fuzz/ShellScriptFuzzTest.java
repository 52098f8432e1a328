package dev.cgoguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cgoguard.shell.ShellEvaluator;
import dev.cgoguard.shell.ShellState;
import dev.cgoguard.testing.FuzzBounds;
import dev.cgoguard.workspace.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/** The shell script evaluator on any script. */
class ShellScriptFuzzTest {
    @FuzzTest(maxDuration = "4s")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void script(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        FuzzBounds.check(() -> ShellEvaluator.evaluateScript(new SourceText(text), ShellState.empty()));
    }
}
