package dev.cgoguard.docker;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.cgoguard.ci.WorkflowEvaluation;
import dev.cgoguard.ci.WorkflowReader;
import dev.cgoguard.kinds.docker.DockerfileKind;
import dev.cgoguard.kinds.workflow.GithubWorkflowKind;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.WorkspaceFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every prefix of every corpus file (a file being typed) evaluates without an exception. */
class TruncatedInputTest {

    @Test
    void everyPrefixOfTheDockerfileCorpusEvaluates() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/docker/corpus").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".Dockerfile")).toList();
        }
        for (Path path : files) {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            for (int cut = 0; cut <= text.length(); cut++) {
                WorkspaceFile file = new WorkspaceFile("Dockerfile", DockerfileKind.KIND,
                        new SourceText(text.substring(0, cut)), cut);
                DockerEvaluation eval = DockerfileEvaluator.evaluate(file, Map.of(), "build");
                for (DockerStage stage : eval.stages()) {
                    DockerfileEvaluator.whereItRuns(eval, stage.index(), "/out/app");
                }
                assertNotNull(eval.problems());
            }
        }
    }

    @Test
    void everyPrefixOfTheWorkflowReads() throws IOException, URISyntaxException {
        String text = Files.readString(Path.of(getClass().getResource("/ci/build.yml").toURI()), StandardCharsets.UTF_8);
        for (int cut = 0; cut <= text.length(); cut++) {
            WorkflowEvaluation eval = WorkflowReader.read(new WorkspaceFile(".github/workflows/build.yml",
                    GithubWorkflowKind.KIND, new SourceText(text.substring(0, cut)), cut));
            assertNotNull(eval.jobs());
        }
    }
}
