package dev.cgoguard.plan;

import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.workspace.SourceLocation;

/**
 * Where the built binary runs: the image of the stage it is copied into, the {@code FROM} line of
 * that stage, the {@code COPY --from} line that brings it in, and its path there.
 * {@code timeZone} is the {@code TZ} the stage's {@code ENV} sets (its text, or the text as written
 * when it is not known), or null when it sets none.
 */
public record RunEnvironment(String description, ImageFacts facts, SourceLocation fromLocation,
        SourceLocation copyLocation, String binaryPath, String timeZone) {

    /** The original shape, without {@code timeZone}. */
    public RunEnvironment(String description, ImageFacts facts, SourceLocation fromLocation, SourceLocation copyLocation,
            String binaryPath) {
        this(description, facts, fromLocation, copyLocation, binaryPath, null);
    }
}
