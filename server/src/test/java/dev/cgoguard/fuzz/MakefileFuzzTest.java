package dev.cgoguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cgoguard.kinds.make.MakefileKind;
import dev.cgoguard.make.MakeEvaluator;
import dev.cgoguard.testing.FuzzBounds;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/** The Make reader and evaluator on any Makefile. */
class MakefileFuzzTest {
    @FuzzTest(maxDuration = "4s")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void makefile(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        FuzzBounds.check(() -> new MakeEvaluator(FuzzedFiles.workspace("Makefile", MakefileKind.KIND, text))
                .evaluate("Makefile", Map.of()));
    }
}
