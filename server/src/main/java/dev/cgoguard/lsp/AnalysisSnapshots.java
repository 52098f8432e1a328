package dev.cgoguard.lsp;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The latest {@link RootAnalysis} of every workspace root; written by the analysis thread, read by requests. */
final class AnalysisSnapshots {
    /** A document located in an analysed root: the analysis and the document's path relative to the root. */
    record Located(RootAnalysis analysis, String relPath) {
    }

    private final Map<Path, RootAnalysis> byRoot = new ConcurrentHashMap<>();

    void put(RootAnalysis analysis) {
        byRoot.put(analysis.root().path(), analysis);
    }

    Optional<RootAnalysis> get(Path root) {
        return Optional.ofNullable(byRoot.get(root));
    }

    void remove(Path root) {
        byRoot.remove(root);
    }

    /** The analysis of the innermost analysed root that holds the document. */
    Optional<Located> locate(WorkspaceRoots roots, String uri) {
        return roots.rootOf(uri).flatMap(root -> {
            RootAnalysis analysis = byRoot.get(root.path());
            return analysis == null ? Optional.empty()
                    : root.relativePath(uri).map(rel -> new Located(analysis, rel));
        });
    }
}
