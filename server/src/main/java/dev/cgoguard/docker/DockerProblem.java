package dev.cgoguard.docker;

import dev.cgoguard.workspace.TextRange;

/** Something in a Dockerfile that could not be read or resolved, and where. */
public record DockerProblem(String message, TextRange range) {
}
