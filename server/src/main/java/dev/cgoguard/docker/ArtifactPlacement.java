package dev.cgoguard.docker;

import dev.cgoguard.workspace.SourceLocation;

/**
 * Where a file built in one stage ends up in the stage that is the build's result: that stage, the
 * {@code COPY --from} line that brings the file in (null when the stage is built {@code FROM} the
 * stage that made it), the file's path there, and the {@code TZ} its {@code ENV} sets (the text, or
 * the text as written when it is not known; null when it sets none).
 */
public record ArtifactPlacement(DockerStage stage, SourceLocation copyLocation, String path, String timeZone) {
}
