package dev.cgoguard.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest findings by document URI, kept per workspace root so that the roots are analysed (and
 * can fail) independently. Written by the analysis thread, read by hover and code-action requests.
 */
final class FindingsIndex {
    private final Map<Path, Map<String, List<PublishedFinding>>> byRoot = new ConcurrentHashMap<>();

    /** Replaces the findings of one root; returns the URIs whose findings may have changed. */
    Set<String> replace(Path root, Map<String, List<PublishedFinding>> findingsByUri) {
        Map<String, List<PublishedFinding>> copy = Map.copyOf(findingsByUri);
        Map<String, List<PublishedFinding>> previous = byRoot.put(root, copy);
        Set<String> affected = new HashSet<>(copy.keySet());
        if (previous != null) {
            affected.addAll(previous.keySet());
        }
        return affected;
    }

    /** The findings of one root by URI as the last {@link #replace} gave them (none: empty). */
    Map<String, List<PublishedFinding>> ofRoot(Path root) {
        return byRoot.getOrDefault(root, Map.of());
    }

    /** Forgets a root (a folder removed from the workspace); returns the URIs it had findings for. */
    Set<String> remove(Path root) {
        Map<String, List<PublishedFinding>> previous = byRoot.remove(root);
        return previous == null ? Set.of() : Set.copyOf(previous.keySet());
    }

    /** The findings of a document named by the client (its URI in any spelling). */
    List<PublishedFinding> forUri(String uri) {
        return forKey(DocumentUris.normalize(uri));
    }

    /** The findings of a document named as this index names it (a URI {@link #replace} returned). */
    List<PublishedFinding> forKey(String key) {
        List<PublishedFinding> all = new ArrayList<>();
        for (Map<String, List<PublishedFinding>> findings : byRoot.values()) {
            all.addAll(findings.getOrDefault(key, List.of()));
        }
        return all;
    }
}
