package dev.cgoguard.docker;

import java.util.List;
import java.util.Optional;

/**
 * A Dockerfile evaluated: its stages in order, the stage that is built as the result
 * ({@code runStage}: the target stage, else the last; -1 without stages), and problems found.
 */
public record DockerEvaluation(String path, List<DockerStage> stages, int runStage, List<DockerProblem> problems) {

    /**
     * The same stages built as {@code targetStage} ({@code --target}: a stage's name or index; null
     * or blank: this evaluation as it is). A target the Dockerfile lacks leaves the result stage as
     * it was and adds a problem saying so. The stages do not depend on the target, so one evaluation
     * serves every target of a build.
     */
    public DockerEvaluation targeting(String targetStage) {
        if (targetStage == null || targetStage.isBlank()) {
            return this;
        }
        Optional<DockerStage> target = stage(targetStage);
        if (target.isPresent()) {
            return new DockerEvaluation(path, stages, target.get().index(), problems);
        }
        List<DockerProblem> more = new java.util.ArrayList<>(problems);
        more.add(new DockerProblem("target stage \"" + targetStage + "\" is not in the Dockerfile", null));
        return new DockerEvaluation(path, stages, runStage, List.copyOf(more));
    }

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
