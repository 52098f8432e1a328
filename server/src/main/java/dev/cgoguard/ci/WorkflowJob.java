package dev.cgoguard.ci;

import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.workspace.SourceLocation;
import java.util.List;

/**
 * One job of a workflow: its id, runner, {@code container:} image (null without one) with its facts,
 * the facts of where its steps run (the container, else the runner), its {@code run:} steps, and
 * where the job's key stands.
 */
public record WorkflowJob(String id, RunnerInfo runner, String container, ImageFacts containerFacts,
        ImageFacts buildFacts, List<WorkflowStep> steps, SourceLocation location) {
}
