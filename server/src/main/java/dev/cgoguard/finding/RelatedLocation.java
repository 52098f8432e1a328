package dev.cgoguard.finding;

import dev.cgoguard.workspace.SourceLocation;
import java.util.Objects;

/** A place that contributes to a finding (an import line, a FROM line), with what it contributes. */
public record RelatedLocation(SourceLocation location, String message) {
    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof RelatedLocation that
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
