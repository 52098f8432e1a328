package dev.cgoguard.docker;

import dev.cgoguard.kinds.docker.DockerfileKind;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.Map;

/** Test vocabulary: a Dockerfile from lines, evaluated. */
final class Dockerfiles {
    private Dockerfiles() {
    }

    static WorkspaceFile file(String... lines) {
        return new WorkspaceFile("Dockerfile", DockerfileKind.KIND, new SourceText(String.join("\n", lines) + "\n"), 1);
    }

    static DockerEvaluation evaluate(String... lines) {
        return DockerfileEvaluator.evaluate(file(lines), Map.of(), null);
    }
}
