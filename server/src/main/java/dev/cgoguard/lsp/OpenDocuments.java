package dev.cgoguard.lsp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The documents the client has open, by normalized URI. Changed on the message thread, read by the
 * analysis thread: each entry is an immutable buffer, replaced whole.
 */
final class OpenDocuments {
    private final Map<String, TextDocumentBuffer> documents = new ConcurrentHashMap<>();

    void open(String uri, int version, String text) {
        String key = DocumentUris.normalize(uri);
        documents.put(key, new TextDocumentBuffer(key, version, text));
    }

    /** Applies changes to an open document; changes to a document that is not open are ignored. */
    void change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        documents.computeIfPresent(DocumentUris.normalize(uri), (key, buffer) -> buffer.apply(version, changes));
    }

    /** Replaces the text of an open document (a save that carries its text), keeping its version. */
    void replaceText(String uri, String text) {
        documents.computeIfPresent(DocumentUris.normalize(uri),
                (key, buffer) -> new TextDocumentBuffer(key, buffer.version(), text));
    }

    void close(String uri) {
        documents.remove(DocumentUris.normalize(uri));
    }

    Optional<TextDocumentBuffer> get(String uri) {
        return Optional.ofNullable(documents.get(DocumentUris.normalize(uri)));
    }

    List<TextDocumentBuffer> all() {
        return List.copyOf(documents.values());
    }
}
