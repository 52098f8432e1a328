package dev.cgoguard.engine;

/**
 * A comment found in a file: its 0-based line, the columns of its marker ({@code #} or {@code //})
 * and of its end, the text after the marker, and whether it is alone on its line.
 */
record SourceComment(int line, int startColumn, int endColumn, String body, boolean wholeLine) {
}
