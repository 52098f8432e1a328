package dev.cgoguard.plan;

import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.workspace.SourceLocation;
import java.util.Objects;

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

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof RunEnvironment that
                && Objects.equals(description, that.description)
                && Objects.equals(facts, that.facts)
                && Objects.equals(fromLocation, that.fromLocation)
                && Objects.equals(copyLocation, that.copyLocation)
                && Objects.equals(binaryPath, that.binaryPath)
                && Objects.equals(timeZone, that.timeZone);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(description);
        hash = 31 * hash + Objects.hashCode(facts);
        hash = 31 * hash + Objects.hashCode(fromLocation);
        hash = 31 * hash + Objects.hashCode(copyLocation);
        hash = 31 * hash + Objects.hashCode(binaryPath);
        hash = 31 * hash + Objects.hashCode(timeZone);
        return hash;
    }
}
