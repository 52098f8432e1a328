package dev.cgoguard.lsp;

import dev.cgoguard.finding.Finding;
import java.util.Map;
import org.eclipse.lsp4j.Diagnostic;

/**
 * A finding as it was published: the finding, its diagnostic, the root it was found in, and the
 * versions of the open documents the analysis saw (by relative path), which fixes are made against.
 */
record PublishedFinding(Finding finding, Diagnostic diagnostic, WorkspaceRoot root, Map<String, Integer> openVersions) {
}
