package dev.cgoguard.gopkg;

import dev.cgoguard.workspace.SourceLocation;

/**
 * An import declaration in a Go file: the imported path, where the import spec stands, and the name
 * it is imported under when the spec gives one ({@code h} in {@code import h "net/http"}, or
 * {@code _} or {@code .}); null for the package's own name.
 */
public record GoImport(String path, SourceLocation location, String name) {
    /** An import under the package's own name. */
    public GoImport(String path, SourceLocation location) {
        this(path, location, null);
    }
}
