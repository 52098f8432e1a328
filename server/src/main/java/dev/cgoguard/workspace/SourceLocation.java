package dev.cgoguard.workspace;

import java.util.Objects;

/** A range in a workspace file, named by its path relative to the workspace root (with {@code /}). */
public record SourceLocation(String path, TextRange range) {
    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof SourceLocation that
                && Objects.equals(path, that.path)
                && Objects.equals(range, that.range);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(path);
        hash = 31 * hash + Objects.hashCode(range);
        return hash;
    }
}
