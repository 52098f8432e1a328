package dev.cgoguard.lsp;

import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.engine.AnalysisResult;
import dev.cgoguard.engine.Finding;
import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One analysis of every workspace root: the disk snapshot with the open documents laid over it goes
 * to the core, and the findings go to the index and out as diagnostics. A root whose analysis fails
 * keeps its previous diagnostics; the other roots are still analysed.
 */
final class WorkspaceAnalysis implements AnalysisScheduler.Job {
    private final WorkspaceRoots roots;
    private final OpenDocuments documents;
    private final Supplier<AnalysisOptions> options;
    private final BiFunction<Workspace, AnalysisOptions, AnalysisResult> analysis;
    private final FindingsIndex index;
    private final AnalysisSnapshots snapshots;
    private final DiagnosticsPublisher publisher;
    private final ClientLog log;
    private final Runnable plansChanged;

    WorkspaceAnalysis(WorkspaceRoots roots, OpenDocuments documents, Supplier<AnalysisOptions> options,
            BiFunction<Workspace, AnalysisOptions, AnalysisResult> analysis, FindingsIndex index,
            AnalysisSnapshots snapshots, DiagnosticsPublisher publisher, ClientLog log, Runnable plansChanged) {
        this.roots = roots;
        this.documents = documents;
        this.options = options;
        this.analysis = analysis;
        this.index = index;
        this.snapshots = snapshots;
        this.publisher = publisher;
        this.log = log;
        this.plansChanged = plansChanged;
    }

    @Override
    public void run(BooleanSupplier superseded) {
        AnalysisOptions current = options.get();
        for (WorkspaceRoot root : roots.all()) {
            if (superseded.getAsBoolean()) {
                return;
            }
            try {
                analyze(root, current, superseded);
            } catch (RuntimeException | StackOverflowError e) {
                log.error("cgoguard: the analysis of " + root.path() + " failed; its previous diagnostics stay", e);
            }
        }
    }

    private void analyze(WorkspaceRoot root, AnalysisOptions current, BooleanSupplier superseded) {
        Workspace snapshot = root.diskSnapshot(log::warning);
        Map<String, Integer> openVersions = new HashMap<>();
        for (TextDocumentBuffer document : documents.all()) {
            String rel = root.relativePath(document.uri()).orElse(null);
            if (rel == null || FileKind.classify(rel, firstLine(document.text())) == FileKind.OTHER) {
                continue;
            }
            snapshot = snapshot.withFile(rel, document.text(), document.version());
            openVersions.put(rel, document.version());
        }
        AnalysisResult result = analysis.apply(snapshot, current);
        if (superseded.getAsBoolean() || !roots.all().contains(root)) {
            return;
        }
        snapshots.put(new RootAnalysis(root, snapshot, current, result));
        Map<String, List<PublishedFinding>> byUri = new HashMap<>();
        Map<String, Integer> versions = Map.copyOf(openVersions);
        for (Finding finding : result.findings()) {
            String uri = root.uriOf(finding.location().path());
            byUri.computeIfAbsent(uri, u -> new ArrayList<>())
                    .add(new PublishedFinding(finding, DiagnosticConverter.toDiagnostic(finding, root), root, versions));
        }
        Set<String> affected = index.replace(root.path(), byUri);
        publisher.publish(affected);
        plansChanged.run();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
