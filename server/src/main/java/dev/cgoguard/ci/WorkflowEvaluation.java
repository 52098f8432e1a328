package dev.cgoguard.ci;

import java.util.List;

/** A GitHub Actions workflow read into jobs and run steps, with what could not be read. */
public record WorkflowEvaluation(String path, List<WorkflowJob> jobs, List<WorkflowProblem> problems) {
}
