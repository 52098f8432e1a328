package dev.cgoguard.lsp;

import java.util.List;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The text of an open document at one version. Immutable: applying the changes of a
 * {@code textDocument/didChange} gives a new buffer. Ranged changes are applied one after the other,
 * each against the text the previous one produced, as LSP specifies.
 */
final class TextDocumentBuffer {
    private final String uri;
    private final int version;
    private final String text;
    private final LineIndex lines;

    TextDocumentBuffer(String uri, int version, String text) {
        this(uri, version, text, new LineIndex(text));
    }

    private TextDocumentBuffer(String uri, int version, String text, LineIndex lines) {
        this.uri = uri;
        this.version = version;
        this.text = text;
        this.lines = lines;
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
        for (TextDocumentContentChangeEvent change : changes) {
            String inserted = change.getText() == null ? "" : change.getText();
            Range range = change.getRange();
            if (range == null) {
                current = inserted;
                index = new LineIndex(current);
            } else {
                int start = index.offsetAt(range.getStart());
                int end = Math.max(start, index.offsetAt(range.getEnd()));
                current = new StringBuilder(current.length() - (end - start) + inserted.length())
                        .append(current, 0, start).append(inserted).append(current, end, current.length()).toString();
                index = index.afterEdit(start, end, inserted.length(), current);
            }
        }
        return new TextDocumentBuffer(uri, newVersion, current, index);
    }
}
