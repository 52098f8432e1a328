package dev.cgoguard.workspace;

/**
 * How a file kind writes comments, as suppressions and the ignore action need it: where a comment
 * starts, and where a new {@code cgoguard:ignore} comment goes.
 */
public enum CommentSyntax {
    /** {@code #} comments; a new comment goes on a line of its own above, indented as that line. */
    HASH,
    /** {@code #} comments; a new comment line starts in column 0 (a tab would make it a Make recipe line). */
    HASH_UNINDENTED,
    /** {@code //} comments; a new comment goes at the end of the line (above {@code import "C"} it would join the preamble). */
    SLASHES,
    /** No comments (JSON): nothing can be suppressed in the file itself. */
    NONE
}
