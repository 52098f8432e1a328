package dev.cgoguard.docker;

import java.util.List;
import java.util.Optional;

/**
 * A Dockerfile evaluated: its stages in order, the stage that is built as the result
 * ({@code runStage}: the target stage, else the last; -1 without stages), and problems found.
 */
public record DockerEvaluation(String path, List<DockerStage> stages, int runStage, List<DockerProblem> problems) {

    public Optional<DockerStage> stage(String nameOrIndex) {
        if (nameOrIndex == null) {
            return Optional.empty();
        }
        for (DockerStage stage : stages) {
            if (nameOrIndex.equalsIgnoreCase(stage.name()) || nameOrIndex.equals(String.valueOf(stage.index()))) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
