package dev.cgoguard.make;

import dev.cgoguard.workspace.TextRange;
import java.util.Objects;

/**
 * Something wrong in a Makefile itself that make would fail on or loop over, for example a
 * recursive variable that refers to itself ({@code kind} = {@code "make-recursive-variable"}).
 */
public record MakeProblem(String kind, String makefile, TextRange range, String message) {
    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof MakeProblem that
                && Objects.equals(kind, that.kind)
                && Objects.equals(makefile, that.makefile)
                && Objects.equals(range, that.range)
                && Objects.equals(message, that.message);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(kind);
        hash = 31 * hash + Objects.hashCode(makefile);
        hash = 31 * hash + Objects.hashCode(range);
        hash = 31 * hash + Objects.hashCode(message);
        return hash;
    }
}
