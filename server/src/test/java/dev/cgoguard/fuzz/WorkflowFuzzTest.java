package dev.cgoguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cgoguard.ci.WorkflowReader;
import dev.cgoguard.kinds.workflow.GithubWorkflowKind;
import dev.cgoguard.testing.FuzzBounds;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/** The GitHub Actions workflow reader on any YAML. */
class WorkflowFuzzTest {
    @FuzzTest(maxDuration = "4s")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void workflow(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        FuzzBounds.check(() -> WorkflowReader.read(FuzzedFiles.file(".github/workflows/ci.yml", GithubWorkflowKind.KIND, text)));
    }
}
