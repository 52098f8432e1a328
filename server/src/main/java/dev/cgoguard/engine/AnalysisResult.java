package dev.cgoguard.engine;

import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.workspace.FileProblem;
import java.util.List;

/** What one analysis of a workspace gave: the build plans, the findings (sorted), and the files that could not be read. */
public record AnalysisResult(List<BuildPlan> plans, List<Finding> findings, List<FileProblem> problems) {
}
