package dev.cgoguard.make;

import dev.cgoguard.workspace.TextRange;
import java.util.Objects;

/**
 * Under {@code .ONESHELL} a target's whole recipe is one shell script: {@code offset} is where one
 * of its lines starts in that script, {@code range} the recipe line it comes from.
 */
public record ScriptLine(int offset, TextRange range) {
    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ScriptLine that
                && offset == that.offset
                && Objects.equals(range, that.range);
    }

    @Override
    public int hashCode() {
        int hash = Integer.hashCode(offset);
        hash = 31 * hash + Objects.hashCode(range);
        return hash;
    }
}
