package dev.cgoguard.gopkg;

import dev.cgoguard.workspace.SourceLocation;

/** An import declaration in a Go file: the imported path and where the import spec stands. */
public record GoImport(String path, SourceLocation location) {
}
