package dev.cgoguard.workspace;

/** A file that could not be read as text (binary, too large, vanished, not permitted), and why. */
public record FileProblem(String path, String message) {
}
