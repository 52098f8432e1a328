package dev.cgoguard.parse;

import dev.cgoguard.workspace.SourceText;
import org.treesitter.TSInputEdit;
import org.treesitter.TSPoint;

/**
 * Where a new version of a text differs from the old one, as one span: what lies between their
 * common beginning and their common end. However the editor changed the text (one keystroke, a
 * paste, several ranges, a whole new text), this span covers it, so it is always a correct edit for
 * tree-sitter, which then reuses the parts of the old tree outside it. Offsets are UTF-16 units.
 */
record TextChange(int start, int oldEnd, int newEnd) {
    /** The change from {@code before} to {@code after}, or null when the texts are the same. */
    static TextChange between(SourceText before, SourceText after) {
        String a = before.text();
        String b = after.text();
        int limit = Math.min(a.length(), b.length());
        int prefix = 0;
        while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (prefix == a.length() && prefix == b.length()) {
            return null;
        }
        if (prefix > 0 && Character.isHighSurrogate(a.charAt(prefix - 1))) {
            prefix--; // never split a surrogate pair: the edit's offsets must fall on characters
        }
        int suffix = 0;
        while (suffix < limit - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        if (suffix > 0 && Character.isLowSurrogate(a.charAt(a.length() - suffix))) {
            suffix--;
        }
        return new TextChange(prefix, a.length() - suffix, b.length() - suffix);
    }

    /** The change in tree-sitter's terms: byte offsets and (row, byte column) points of both texts. */
    TSInputEdit toInputEdit(SourceText before, SourceText after) {
        return new TSInputEdit(before.byteOffsetOfChar(start), before.byteOffsetOfChar(oldEnd), after.byteOffsetOfChar(newEnd),
                point(before, start), point(before, oldEnd), point(after, newEnd));
    }

    private static TSPoint point(SourceText text, int offset) {
        int row = text.positionAt(offset).line();
        return new TSPoint(row, text.byteOffsetOfChar(offset) - text.byteOffsetOfChar(text.lineStart(row)));
    }
}
