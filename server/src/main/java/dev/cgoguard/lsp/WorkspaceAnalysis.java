package dev.cgoguard.lsp;

import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.engine.AnalysisResult;
import dev.cgoguard.engine.RuleFailure;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * One analysis of every workspace root, under that root's settings: the disk snapshot with the open
 * documents laid over it goes to the core, and the findings go to the index and out as diagnostics. A root whose analysis fails
 * keeps its previous diagnostics; the other roots are still analysed.
 */
final class WorkspaceAnalysis implements AnalysisScheduler.Job {
    private final WorkspaceRoots roots;
    private final OpenDocuments documents;
    private final Function<WorkspaceRoot, AnalysisOptions> options;
    private final BiFunction<Workspace, AnalysisOptions, AnalysisResult> analysis;
    private final FindingsIndex index;
    private final AnalysisSnapshots snapshots;
    private final DiagnosticsPublisher publisher;
    private final ClientLog log;
    private final Runnable plansChanged;
    private final ProgressFactory progressFactory;
    /** The rule failures already logged, by root, so that a failure is logged once while it lasts. */
    private final Map<Path, Set<String>> loggedFailures = new ConcurrentHashMap<>();
    /**
     * By root, the last analysis that finished after a newer request had come (its results were not
     * published): when the newer request's snapshot holds the same texts under the same settings — a
     * document opened with the text it has on disk while the first analysis ran — its results are taken
     * instead of analysing again.
     */
    private final Map<Path, RootAnalysis> finishedUnpublished = new ConcurrentHashMap<>();

    /** Begins a work-done progress (silent when the client cannot show one). */
    interface ProgressFactory {
        WorkDoneProgress begin(String title, String message);
    }

    WorkspaceAnalysis(WorkspaceRoots roots, OpenDocuments documents, Function<WorkspaceRoot, AnalysisOptions> options,
            BiFunction<Workspace, AnalysisOptions, AnalysisResult> analysis, FindingsIndex index,
            AnalysisSnapshots snapshots, DiagnosticsPublisher publisher, ClientLog log, Runnable plansChanged,
            ProgressFactory progressFactory) {
        this.roots = roots;
        this.documents = documents;
        this.options = options;
        this.analysis = analysis;
        this.index = index;
        this.snapshots = snapshots;
        this.publisher = publisher;
        this.log = log;
        this.plansChanged = plansChanged;
        this.progressFactory = progressFactory;
    }

    @Override
    public void run(BooleanSupplier superseded) {
        for (WorkspaceRoot root : roots.all()) {
            if (superseded.getAsBoolean()) {
                return;
            }
            try {
                analyze(root, options.apply(root), superseded);
            } catch (CancellationException e) {
                return; // the server is stopping: the analysis was interrupted, and nothing is published
            } catch (OutOfMemoryError e) {
                log.show("cgoguard: the analysis of " + root.path() + " ran out of memory (the Java heap holds at most "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB) and was dropped; its previous diagnostics stay");
            } catch (RuntimeException | StackOverflowError e) {
                log.error("cgoguard: the analysis of " + root.path() + " failed; its previous diagnostics stay", e);
            }
        }
    }

    private void analyze(WorkspaceRoot root, AnalysisOptions current, BooleanSupplier superseded) {
        WorkDoneProgress progress = root.scanned() ? null
                : progress("cgoguard", "scanning " + root.path().getFileName());
        String outcome = "analysis superseded";
        try {
            Workspace disk = root.diskSnapshot(log::warning, roots.limits(), log::show);
            if (progress != null) {
                progress.report("analysing " + disk.files().size() + " files", 50);
            }
            RootAnalysis previous = snapshots.get(root.path()).orElse(null);
            SnapshotOverlay.Result overlay = SnapshotOverlay.overlay(root, disk, documents.all(),
                    previous == null ? null : previous.workspace());
            Workspace snapshot = overlay.workspace();
            boolean unchanged = previous != null && previous.options().equals(current)
                    && SnapshotOverlay.sameFiles(previous.workspace(), snapshot);
            RootAnalysis unpublished = finishedUnpublished.remove(root.path());
            if (!unchanged && unpublished != null && unpublished.options().equals(current)
                    && SnapshotOverlay.sameFiles(unpublished.workspace(), snapshot)) {
                snapshot = unpublished.workspace();
            } else {
                unpublished = null;
            }
            // the same texts under the same settings: the findings stand, only the editor versions may be new
            AnalysisResult result = unchanged ? previous.result()
                    : unpublished != null ? unpublished.result() : analysis.apply(snapshot, current);
            if (!roots.all().contains(root)) {
                return;
            }
            if (superseded.getAsBoolean()) {
                if (!unchanged) {
                    finishedUnpublished.put(root.path(), new RootAnalysis(root, snapshot, overlay.openVersions(), current, result));
                }
                return;
            }
            if (unchanged && previous.openVersions().equals(overlay.openVersions())) {
                outcome = "no change";
                return;
            }
            record(new RootAnalysis(root, unchanged ? previous.workspace() : snapshot, overlay.openVersions(), current, result),
                    previous);
            outcome = snapshot.files().size() + " files, " + result.plans().size() + " go commands, "
                    + result.findings().size() + " findings";
        } finally {
            if (progress != null) {
                progress.end(outcome);
            }
        }
    }

    /**
     * Keeps the analysis for hovers and hints, indexes its findings, and publishes what changed
     * ({@code previous}: the analysis of the root recorded before, or null).
     */
    private void record(RootAnalysis analysed, RootAnalysis previous) {
        snapshots.put(analysed);
        WorkspaceRoot root = analysed.root();
        Set<String> failed = new HashSet<>();
        for (RuleFailure failure : analysed.result().ruleFailures()) {
            String key = failure.rule() + " " + failure.location() + " " + failure.error();
            failed.add(key);
            if (loggedFailures.getOrDefault(root.path(), Set.of()).contains(key)) {
                continue; // logged after an earlier run already
            }
            String where = failure.location() == null ? "" : " at " + failure.location().path() + ":"
                    + (failure.location().range().start().line() + 1);
            log.error("cgoguard: the rule " + failure.rule() + " failed" + where + " in " + root.path()
                    + "; its findings there are missing", failure.error());
        }
        loggedFailures.put(root.path(), failed);
        Map<String, List<Finding>> found = new HashMap<>();
        for (Finding finding : analysed.result().findings()) {
            found.computeIfAbsent(root.uriOf(finding.location().path()), u -> new ArrayList<>()).add(finding);
        }
        boolean sameOptions = previous != null && previous.options().equals(analysed.options());
        Map<String, List<PublishedFinding>> before = index.ofRoot(root.path());
        Map<String, List<PublishedFinding>> byUri = new HashMap<>();
        found.forEach((uri, findings) -> byUri.put(uri, published(findings,
                sameOptions ? before.getOrDefault(uri, List.of()) : List.of(), analysed)));
        publisher.publish(index.replace(root.path(), byUri));
        plansChanged.run();
    }

    /**
     * The findings of one document as published: a document whose findings are those published before
     * (under the same settings) keeps their diagnostics, the very objects, so that nothing is converted
     * again and the publisher sees at once that they did not change; only the editor versions are new.
     */
    private static List<PublishedFinding> published(List<Finding> findings, List<PublishedFinding> before,
            RootAnalysis analysed) {
        boolean same = before.size() == findings.size();
        for (int i = 0; same && i < findings.size(); i++) {
            same = before.get(i).finding().equals(findings.get(i));
        }
        List<PublishedFinding> published = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            published.add(new PublishedFinding(finding, same ? before.get(i).diagnostic()
                    : DiagnosticConverter.toDiagnostic(finding, EditorSeverity.of(finding, analysed.options()), analysed.root()),
                    analysed.root(), analysed.openVersions()));
        }
        return published;
    }

    private WorkDoneProgress progress(String title, String message) {
        return progressFactory.begin(title, message);
    }

}
