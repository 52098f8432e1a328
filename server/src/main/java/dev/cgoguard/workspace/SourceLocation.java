package dev.cgoguard.workspace;

/** A range in a workspace file, named by its path relative to the workspace root (with {@code /}). */
public record SourceLocation(String path, TextRange range) {
}
