package dev.cgoguard.lsp;

import org.eclipse.lsp4j.Range;

/** One part of a hover: Markdown text, the same for a client that shows plain text only, and the range it is about. */
record HoverSection(String markdown, String plainText, Range range) {

    /** A section whose plain text is the Markdown with its emphasis and code marks removed. */
    HoverSection(String markdown, Range range) {
        this(markdown, markdown.replace("**", "").replaceAll("(?<!\\\\)`", "").replace("\n---\n", "\n")
                .replaceAll("\\\\([\\\\`*\\[\\]<>])", "$1"), range);
    }
}
