package dev.cgoguard.finding;

import dev.cgoguard.workspace.TextRange;

/** Replace {@code range} of the workspace file {@code path} with {@code newText}. */
public record FileEdit(String path, TextRange range, String newText) {
}
