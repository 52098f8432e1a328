package dev.cgoguard.finding;

import dev.cgoguard.workspace.SourceLocation;
import java.util.Objects;

/** A place that contributes to a finding (an import line, a FROM line), with what it contributes. */
public record RelatedLocation(SourceLocation location, String message) {
    // written out: generated ones are linked through method handles when first called, a start-up cost
    @Override
    public boolean equals(Object other) {
        return other instanceof RelatedLocation that
                && Objects.equals(location, that.location)
                && Objects.equals(message, that.message);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(location);
        hash = 31 * hash + Objects.hashCode(message);
        return hash;
    }
}
