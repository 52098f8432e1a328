package dev.cgoguard.docker;

import dev.cgoguard.workspace.TextRange;

/**
 * One whitespace-separated argument of an instruction as written (quotes kept), or one string of a
 * JSON exec form (already decoded), with its range in the file.
 */
public record DockerArgument(String text, TextRange range) {
}
