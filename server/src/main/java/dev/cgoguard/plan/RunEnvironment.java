package dev.cgoguard.plan;

import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.workspace.SourceLocation;

/**
 * Where the built binary runs: the image of the stage it is copied into, the {@code FROM} line of
 * that stage, the {@code COPY --from} line that brings it in, and its path there.
 */
public record RunEnvironment(String description, ImageFacts facts, SourceLocation fromLocation,
        SourceLocation copyLocation, String binaryPath) {
}
