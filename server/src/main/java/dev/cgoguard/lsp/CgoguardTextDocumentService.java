package dev.cgoguard.lsp;

import dev.cgoguard.knowledge.ImageTable;
import dev.cgoguard.workspace.WorkspaceFile;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Document synchronisation (full and incremental) and the requests on one document: code actions,
 * hover and pulled diagnostics. Every change asks for a (debounced) analysis; requests wait for the
 * analysis of the latest edits (for a bounded time) and answer from its findings,
 * those of a document edited since counting for nothing, so fixes always match the text.
 */
final class CgoguardTextDocumentService implements TextDocumentService {
    /**
     * How long a hover or an inlay-hint request waits for the analysis of the latest edits before it
     * is answered from the analysis before (over a slow workspace it still gets an answer, for the
     * text last analysed).
     */
    static final long PRESENTATION_WAIT_MILLIS = 2_000;
    /** How long a code-action or pulled-diagnostics request waits for it: the answer is its findings. */
    static final long FINDINGS_WAIT_MILLIS = 30_000;
    private final ServerSession session;
    private final CodeActionProvider codeActions;
    private final HoverProvider hovers;
    private final PlanHoverProvider planHovers = new PlanHoverProvider(ImageTable.builtIn());

    CgoguardTextDocumentService(ServerSession session) {
        this.session = session;
        this.codeActions = new CodeActionProvider(new WorkspaceEditBuilder(session::capabilities));
        this.hovers = new HoverProvider(session.setup.ruleSummaries());
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var document = params.getTextDocument();
        String text = document.getText() == null ? "" : document.getText();
        session.documents.open(document.getUri(), document.getVersion(), text);
        tellWhenTooLarge(document.getUri(), false);
        session.scheduler.request();
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        var document = params.getTextDocument();
        boolean before = session.documents.get(document.getUri()).map(b -> b.tooLarge() > 0).orElse(false);
        session.documents.change(document.getUri(), document.getVersion(),
                params.getContentChanges() == null ? List.of() : params.getContentChanges());
        tellWhenTooLarge(document.getUri(), before);
        session.scheduler.request();
    }

    /** Tells the user once when a document becomes too large to analyse. */
    private void tellWhenTooLarge(String uri, boolean toldBefore) {
        session.documents.get(uri).filter(b -> b.tooLarge() > 0 && !toldBefore).ifPresent(b -> session.log.show(
                "cgoguard: " + uri + " is not analysed while it is this large: "
                        + WorkspaceScanner.tooLarge(b.tooLarge()).replaceFirst("^skipped: ", "")));
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        session.documents.close(uri);
        rereadFromDisk(uri);
        session.scheduler.request();
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        if (params.getText() != null) {
            session.documents.replaceText(uri, params.getText());
        }
        rereadFromDisk(uri);
        session.scheduler.request();
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        String uri = params.getTextDocument().getUri();
        return session.answer(() -> session.scheduler.whenIdle(FINDINGS_WAIT_MILLIS)
                .thenApply(done -> codeActions.codeActions(params, currentFindings(uri), this::analysedFile)));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        String uri = params.getTextDocument().getUri();
        return session.answer(() -> session.scheduler.whenIdle(PRESENTATION_WAIT_MILLIS).thenApply(done -> {
            List<HoverSection> planSections = session.snapshots.locate(session.roots, uri)
                    .filter(located -> isCurrent(uri, located))
                    .map(located -> planHovers.sections(located, DiagnosticConverter.fromPosition(params.getPosition())))
                    .orElse(List.of());
            return hovers.hover(params.getPosition(), currentFindings(uri), planSections,
                    session.capabilities().markdownHover()).orElse(null);
        }));
    }

    /** The plan summary at the end of every go command of the document, unless the {@code inlayHints} setting is off. */
    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        String uri = params.getTextDocument().getUri();
        return session.answer(() -> session.scheduler.whenIdle(PRESENTATION_WAIT_MILLIS).thenApply(done -> {
            if (!session.inlayHints()) {
                return List.<InlayHint>of();
            }
            return session.snapshots.locate(session.roots, uri)
                    .filter(located -> isCurrent(uri, located))
                    .map(located -> InlayHintProvider.hints(located.analysis().plansOf(located.relPath()), params.getRange()))
                    .orElse(List.of());
        }));
    }

    /** Pull diagnostics: waits for the analysis of the latest edits, then answers with a full report. */
    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        String uri = params.getTextDocument().getUri();
        return session.answer(() -> session.scheduler.whenIdle(FINDINGS_WAIT_MILLIS).thenApply(done -> {
            List<Diagnostic> diagnostics = session.findings.forUri(uri).stream().map(PublishedFinding::diagnostic).toList();
            return new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(diagnostics));
        }));
    }

    /** The file of a finding's primary location as the analysis that found it read it. */
    private Optional<WorkspaceFile> analysedFile(PublishedFinding finding) {
        return session.snapshots.get(finding.root().path())
                .flatMap(analysis -> analysis.workspace().file(finding.finding().location().path()));
    }

    /** The findings of a document, unless the document was edited after they were computed (their fixes would be stale). */
    private List<PublishedFinding> currentFindings(String uri) {
        Optional<Integer> openVersion = session.documents.get(uri).map(TextDocumentBuffer::version);
        return session.findings.forUri(uri).stream().filter(finding -> {
            Integer analysed = finding.openVersions().get(finding.finding().location().path());
            return openVersion.equals(Optional.ofNullable(analysed));
        }).toList();
    }

    /** The analysed text of an open document is the one the editor shows (else ranges would be off). */
    private boolean isCurrent(String uri, AnalysisSnapshots.Located located) {
        Optional<TextDocumentBuffer> open = session.documents.get(uri);
        return open.isEmpty() || located.analysis().file(located.relPath())
                .map(file -> file.content().equals(open.get().text())).orElse(false);
    }

    private void rereadFromDisk(String uri) {
        for (WorkspaceRoot root : session.roots.rootsContaining(uri)) {
            root.relativePath(uri).ifPresent(root::fileChanged);
        }
    }
}
