package dev.cgoguard.make;

import dev.cgoguard.workspace.TextRange;

/**
 * Under {@code .ONESHELL} a target's whole recipe is one shell script: {@code offset} is where one
 * of its lines starts in that script, {@code range} the recipe line it comes from.
 */
public record ScriptLine(int offset, TextRange range) {
}
