package dev.cgoguard.docker;

import dev.cgoguard.workspace.SourceLocation;
import java.util.List;

/**
 * A {@code COPY} or {@code ADD} of a stage: where from, the sources as expanded (paths in the
 * origin; heredoc sources by their delimiter), the destination made absolute against the
 * {@code WORKDIR} (a trailing {@code /} kept), whether the destination is a directory, the
 * instruction's location and flags.
 */
public record DockerCopy(int stageIndex, String instruction, CopyOrigin from, List<String> sources,
        String destination, boolean destinationIsDirectory, SourceLocation location, List<DockerFlag> flags) {
}
