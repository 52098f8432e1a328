package dev.cgoguard.rules.fixes;

import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextPosition;

/** Positions inside a snippet of source text, given where the snippet starts in its file. */
final class SnippetPosition {
    private SnippetPosition() {
    }

    /** The file position of {@code offset} characters into {@code text}, which starts at {@code location}. */
    static TextPosition of(SourceLocation location, String text, int offset) {
        int line = location.range().start().line();
        int column = location.range().start().column();
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        return new TextPosition(line, column);
    }
}
