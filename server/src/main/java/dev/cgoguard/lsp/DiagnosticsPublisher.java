package dev.cgoguard.lsp;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Sends {@code textDocument/publishDiagnostics}: the diagnostics of every file with findings, an empty
 * list for a file whose findings went away, and nothing for a file whose diagnostics did not change.
 * Documents the client pulls diagnostics for get no pushed ones (an editor would show them twice);
 * when theirs change, the client is asked to pull again ({@code workspace/diagnostic/refresh}).
 */
final class DiagnosticsPublisher {
    private final Supplier<LanguageClient> client;
    private final FindingsIndex index;
    private final Predicate<String> pulledByClient;
    private final Supplier<Boolean> refreshSupported;
    private final Map<String, List<Diagnostic>> pushed = new ConcurrentHashMap<>();
    private final Map<String, List<Diagnostic>> pulled = new ConcurrentHashMap<>();

    DiagnosticsPublisher(Supplier<LanguageClient> client, FindingsIndex index, Predicate<String> pulledByClient,
            Supplier<Boolean> refreshSupported) {
        this.client = client;
        this.index = index;
        this.pulledByClient = pulledByClient;
        this.refreshSupported = refreshSupported;
    }

    /** Publishes what changed of the documents {@code uris} (as the index names them: URIs it returned). */
    synchronized void publish(Collection<String> uris) {
        LanguageClient target = client.get();
        boolean pulledChanged = false;
        for (String uri : uris) {
            List<Diagnostic> diagnostics = index.forKey(uri).stream().map(PublishedFinding::diagnostic).toList();
            if (pulledByClient.test(uri)) {
                pulledChanged |= !diagnostics.equals(remember(pulled, uri, diagnostics));
                diagnostics = List.of();
            } else {
                pulled.remove(uri);
            }
            List<Diagnostic> before = remember(pushed, uri, diagnostics);
            if (!before.equals(diagnostics) && target != null) {
                target.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics));
            }
        }
        if (pulledChanged && target != null && refreshSupported.get()) {
            target.refreshDiagnostics();
        }
    }

    /** Records the latest diagnostics of a URI (none: forgotten) and returns the previous ones. */
    private static List<Diagnostic> remember(Map<String, List<Diagnostic>> state, String uri, List<Diagnostic> latest) {
        List<Diagnostic> before = latest.isEmpty() ? state.remove(uri) : state.put(uri, latest);
        return before == null ? List.of() : before;
    }
}
