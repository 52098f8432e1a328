package dev.cgoguard.lsp;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Sends {@code textDocument/publishDiagnostics}: the diagnostics of every file with findings, an empty
 * list for a file whose findings went away, and nothing for a file whose diagnostics did not change.
 */
final class DiagnosticsPublisher {
    private final Supplier<LanguageClient> client;
    private final FindingsIndex index;
    private final Map<String, List<Diagnostic>> published = new ConcurrentHashMap<>();

    DiagnosticsPublisher(Supplier<LanguageClient> client, FindingsIndex index) {
        this.client = client;
        this.index = index;
    }

    synchronized void publish(Collection<String> uris) {
        LanguageClient target = client.get();
        for (String uri : uris) {
            List<Diagnostic> diagnostics = index.forUri(uri).stream().map(PublishedFinding::diagnostic).toList();
            List<Diagnostic> before = published.getOrDefault(uri, List.of());
            if (before.equals(diagnostics)) {
                continue;
            }
            if (diagnostics.isEmpty()) {
                published.remove(uri);
            } else {
                published.put(uri, diagnostics);
            }
            if (target != null) {
                target.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics));
            }
        }
    }
}
