package dev.cgoguard.lsp;

import dev.cgoguard.workspace.ScanLimits;
import java.util.List;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The text of an open document at one version. Immutable: applying the changes of a
 * {@code textDocument/didChange} gives a new buffer. Ranged changes are applied one after the other,
 * each against the text the previous one produced, as LSP specifies.
 *
 * <p>A document larger than the {@link ScanLimits#MAX_FILE_BYTES} a file on disk may have is not
 * kept: the buffer holds no text, only its size, and is not analysed, as the scan passes over such a
 * file on disk. Edits to it cannot be followed without its text, so it stays so until its whole text
 * comes again (a change without a range, or a reopen) within the limit.
 */
final class TextDocumentBuffer {
    private final String uri;
    private final int version;
    private final String text;
    private final LineIndex lines;
    /** The size in bytes of a document too large to keep, else 0. */
    private final long tooLarge;

    TextDocumentBuffer(String uri, int version, String text) {
        this(uri, version, text, null);
    }

    private TextDocumentBuffer(String uri, int version, String text, LineIndex lines) {
        this.uri = uri;
        this.version = version;
        long size = utf8Size(text);
        this.tooLarge = size > ScanLimits.MAX_FILE_BYTES ? size : 0;
        this.text = tooLarge > 0 ? "" : text;
        this.lines = tooLarge > 0 ? new LineIndex("") : lines != null ? lines : new LineIndex(text);
    }

    /** The UTF-8 size of a text, counted only as far as it decides the limit. */
    private static long utf8Size(String text) {
        if (text.length() <= ScanLimits.MAX_FILE_BYTES / 3) {
            return text.length(); // even at three bytes a character it is within the limit
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    /** The size in bytes of a document too large to analyse (its text is not kept), else 0. */
    long tooLarge() {
        return tooLarge;
    }

    String uri() {
        return uri;
    }

    int version() {
        return version;
    }

    String text() {
        return text;
    }

    LineIndex lines() {
        return lines;
    }

    TextDocumentBuffer apply(int newVersion, List<TextDocumentContentChangeEvent> changes) {
        String current = text;
        LineIndex index = lines;
        boolean unknown = tooLarge > 0;
        for (TextDocumentContentChangeEvent change : changes) {
            String inserted = change.getText() == null ? "" : change.getText();
            Range range = change.getRange();
            if (range == null) {
                current = inserted;
                index = null;
                unknown = false;
            } else if (unknown) {
                continue; // an edit of a text not kept: it stays too large to know
            } else if (range.getStart() == null || range.getEnd() == null) {
                continue; // not a range: nothing to apply
            } else {
                if (index == null) {
                    index = new LineIndex(current);
                }
                int start = index.offsetAt(range.getStart());
                int end = Math.max(start, index.offsetAt(range.getEnd()));
                current = new StringBuilder(current.length() - (end - start) + inserted.length())
                        .append(current, 0, start).append(inserted).append(current, end, current.length()).toString();
                index = index.afterEdit(start, end, inserted.length(), current);
                if (current.length() > ScanLimits.MAX_FILE_BYTES && utf8Size(current) > ScanLimits.MAX_FILE_BYTES) {
                    return new TextDocumentBuffer(uri, newVersion, current, null);
                }
            }
        }
        if (unknown) {
            return new TextDocumentBuffer(this, newVersion);
        }
        return new TextDocumentBuffer(uri, newVersion, current, index);
    }

    /** A document still too large to know, at a new version. */
    private TextDocumentBuffer(TextDocumentBuffer unknown, int version) {
        this.uri = unknown.uri;
        this.version = version;
        this.text = "";
        this.lines = unknown.lines;
        this.tooLarge = unknown.tooLarge;
    }
}
