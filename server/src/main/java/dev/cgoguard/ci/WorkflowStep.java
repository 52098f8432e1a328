package dev.cgoguard.ci;

import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.workspace.MappedText;
import dev.cgoguard.workspace.SourceLocation;
import java.util.Map;

/**
 * A {@code run:} step of a job, ready for the shell evaluator.
 *
 * @param index            the step's position in the job (0-based, counting every step)
 * @param name             the step's {@code name:} or null
 * @param script           the run text, mapped back to the workflow file line by line
 * @param env              workflow, job and step {@code env:} merged (step wins); {@code ${{ }}} values are unknown
 * @param workingDirectory the step's {@code working-directory}, else {@code defaults.run}'s; null for the
 *                         repository root
 * @param shell            the step's {@code shell}, else {@code defaults.run}'s, else the runner's default
 * @param goVersion        the Go version set up by an earlier {@code actions/setup-go} step, or null without one
 * @param goVersionLocation where that step names it (its {@code go-version}, else its {@code uses}), or null
 * @param buildFacts       the container's facts when the job has one, else the runner's
 * @param location         the {@code run:} value in the file
 */
public record WorkflowStep(String jobId, int index, String name, MappedText script, Map<String, ShellValue> env,
        ShellValue workingDirectory, String shell, ShellValue goVersion, SourceLocation goVersionLocation,
        ImageFacts buildFacts, SourceLocation location) {
}
