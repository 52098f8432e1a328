package dev.cgoguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cgoguard.docker.DockerfileEvaluator;
import dev.cgoguard.kinds.docker.DockerfileKind;
import dev.cgoguard.testing.FuzzBounds;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/** The Dockerfile reader and evaluator on any Dockerfile. */
class DockerfileFuzzTest {
    @FuzzTest(maxDuration = "4s")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void dockerfile(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        FuzzBounds.check(() -> DockerfileEvaluator.evaluate(FuzzedFiles.file("Dockerfile", DockerfileKind.KIND, text), Map.of(), null));
    }
}
