package dev.cgoguard.docker;

import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.workspace.SourceLocation;
import java.util.List;
import java.util.Map;

/**
 * One build stage after evaluation.
 *
 * @param name          the {@code AS} name in lower case, or null
 * @param baseWritten   the image of the {@code FROM} line as written ({@code golang:${GO_VERSION}})
 * @param base          the same after expansion
 * @param baseStage     the index of the stage it is built {@code FROM}, or -1 for an image
 * @param baseFacts     the facts of the base image (or of the base stage at its end)
 * @param facts         the facts at the end of the stage, with its package installs applied
 * @param args          the {@code ARG}s in scope at the end of the stage
 * @param env           the {@code ENV}s at the end (inherited from a base stage)
 */
public record DockerStage(int index, String name, String baseWritten, ShellValue base, int baseStage,
        ImageFacts baseFacts, ImageFacts facts, SourceLocation fromLocation, DockerPlatform platform,
        Map<String, ShellValue> args, Map<String, ShellValue> env, String workdir, String user, List<String> shell,
        List<DockerRun> runs, List<DockerCopy> copies) {

    /** How the stage is described to a user: {@code stage 1 "build" (golang:1.22)}. */
    public String describe() {
        return "stage " + index + (name == null ? "" : " \"" + name + "\"") + " ("
                + (base.known() ? base.text() : baseWritten) + ")";
    }
}
