package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Code actions, hover, configuration and pulled diagnostics over the protocol. */
class FeaturesProtocolTest {
    private static final String MAKEFILE = "build:\n\tgo build -ldflags STATIC -tags NETGO\n";

    @TempDir
    Path root;

    @Test
    void quickFixesCarryVersionedDocumentEditsThatRemoveTheHazard() throws Exception {
        Path makefile = prepare();
        try (LspTestSession session = new LspTestSession(new MarkerAnalysis().setup())) {
            session.initialize(root);
            String uri = LspTestSession.uri(makefile);
            session.open(makefile, 7, MAKEFILE);
            Poll.until("both diagnostics", () -> session.client.diagnosticsOf(uri).size() == 2);

            Range cursor = new Range(new Position(1, 20), new Position(1, 20));
            List<CodeAction> actions = codeActions(session, uri, cursor, List.of("quickfix"));
            assertEquals(List.of("Link dynamically", "Remove the flag", "Ignore static-glibc-nss here (a cgoguard:ignore comment)"),
                    actions.stream().map(CodeAction::getTitle).toList());
            assertEquals(List.of("quickfix", "quickfix", "quickfix", "source.fixAll.cgoguard"),
                    codeActions(session, uri, cursor, null).stream().map(CodeAction::getKind).toList());
            CodeAction preferred = actions.get(0);
            assertEquals("quickfix", preferred.getKind());
            assertTrue(preferred.getIsPreferred());
            assertFalse(actions.get(1).getIsPreferred());
            assertEquals("static-glibc-nss", preferred.getDiagnostics().get(0).getCode().getLeft());

            TextDocumentEdit edit = preferred.getEdit().getDocumentChanges().get(0).getLeft();
            assertEquals(uri, edit.getTextDocument().getUri());
            assertEquals(7, edit.getTextDocument().getVersion());
            List<TextEdit> edits = edit.getEdits().stream().map(Either::getLeft).toList();
            assertEquals("build:\n\tgo build -ldflags DYNAMIC -tags NETGO\n", apply(MAKEFILE, edits));

            CodeAction ignore = actions.get(2);
            assertFalse(ignore.getIsPreferred());
            List<TextEdit> comment = ignore.getEdit().getDocumentChanges().get(0).getLeft().getEdits().stream()
                    .map(Either::getLeft).toList();
            assertEquals("build:\n# cgoguard:ignore static-glibc-nss -- TODO: say why this is safe here\n"
                    + "\tgo build -ldflags STATIC -tags NETGO\n", apply(MAKEFILE, comment));
        }
    }

    @Test
    void theFixesOfTheDiagnosticAskedAboutComeFirstAndTheIgnoreActionsLast() throws Exception {
        Path makefile = prepare();
        try (LspTestSession session = new LspTestSession(new MarkerAnalysis().setup())) {
            session.initialize(root);
            String uri = LspTestSession.uri(makefile);
            session.open(makefile, 1, MAKEFILE);
            List<Diagnostic> diagnostics = Poll.value("both diagnostics", () -> session.client.diagnosticsOf(uri),
                    list -> list.size() == 2);
            Diagnostic netgo = diagnostics.stream().filter(d -> "redundant-netgo".equals(d.getCode().getLeft()))
                    .findFirst().orElseThrow();
            CodeActionContext context = new CodeActionContext(List.of(netgo));
            context.setOnly(List.of("quickfix"));
            Range wholeLine = new Range(new Position(1, 0), new Position(1, 40));
            List<CodeAction> actions = session.server.getTextDocumentService()
                    .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), wholeLine, context))
                    .get(30, TimeUnit.SECONDS).stream().map(Either::getRight).toList();
            assertEquals(List.of("Remove netgo", "Link dynamically", "Remove the flag",
                    "Ignore redundant-netgo here (a cgoguard:ignore comment)",
                    "Ignore static-glibc-nss here (a cgoguard:ignore comment)"),
                    actions.stream().map(CodeAction::getTitle).toList());
        }
    }

    @Test
    void fixAllAppliesThePreferredFixOfEveryFindingThroughPlainChanges() throws Exception {
        Path makefile = prepare();
        try (LspTestSession session = new LspTestSession(new MarkerAnalysis().setup())) {
            session.initialize(List.of(root), null, new ClientCapabilities());
            String uri = LspTestSession.uri(makefile);
            Poll.until("both diagnostics", () -> session.client.diagnosticsOf(uri).size() == 2);

            List<CodeAction> actions = codeActions(session, uri, new Range(new Position(0, 0), new Position(0, 0)),
                    List.of("source.fixAll"));
            assertEquals(1, actions.size());
            CodeAction fixAll = actions.get(0);
            assertEquals("source.fixAll.cgoguard", fixAll.getKind());
            assertEquals(2, fixAll.getDiagnostics().size());
            assertNull(fixAll.getEdit().getDocumentChanges());
            Map<String, List<TextEdit>> changes = fixAll.getEdit().getChanges();
            assertEquals("build:\n\tgo build -ldflags DYNAMIC -tags \n", apply(MAKEFILE, changes.get(uri)));
        }
    }

    @Test
    void hoverOnADiagnosticExplainsTheRuleAndTheFinding() throws Exception {
        Path makefile = prepare();
        try (LspTestSession session = new LspTestSession(new MarkerAnalysis().setup())) {
            session.initialize(root);
            String uri = LspTestSession.uri(makefile);
            Poll.until("both diagnostics", () -> session.client.diagnosticsOf(uri).size() == 2);

            Hover hover = hover(session, uri, new Position(1, 21));
            String text = hover.getContents().getRight().getValue();
            assertTrue(text.contains("static-glibc-nss"), text);
            assertTrue(text.contains(MarkerAnalysis.NSS_SUMMARY), text);
            assertTrue(text.contains("static link will crash in NSS lookups"), text);
            assertEquals(new Range(new Position(1, 19), new Position(1, 25)), hover.getRange());

            assertNull(hover(session, uri, new Position(0, 2)), "no hover away from the findings");
        }
    }

    @Test
    void settingsReachTheAnalysisAndMalformedOnesFallBackToDefaults() throws Exception {
        Path makefile = prepare();
        MarkerAnalysis analysis = new MarkerAnalysis();
        try (LspTestSession session = new LspTestSession(analysis.setup())) {
            Map<String, Object> initial = Map.of("cgoguard", Map.of("rules", Map.of("redundant-netgo", "off"),
                    "buildArgs", Map.of("GOOS", "linux"), "makeVariables", Map.of("CGO", "1"), "targetStage", "runtime"));
            session.initialize(List.of(root), initial, LspTestSession.fullCapabilities());
            String uri = LspTestSession.uri(makefile);
            Poll.until("only the enabled rule", () -> session.client.diagnosticsOf(uri).size() == 1);
            assertEquals(Map.of("GOOS", "linux"), analysis.lastOptions.buildArgs());
            assertEquals(Map.of("CGO", "1"), analysis.lastOptions.makeVariables());
            assertEquals("runtime", analysis.lastOptions.targetStage());

            session.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                    Map.of("cgoguard", Map.of("rules", Map.of("static-glibc-nss", "warning")))));
            Poll.until("netgo back, nss as a warning", () -> session.client.diagnosticsOf(uri).size() == 2
                    && session.client.diagnosticsOf(uri).get(0).getSeverity() == DiagnosticSeverity.Warning);

            session.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                    Map.of("cgoguard", Map.of("rules", List.of("not", "an", "object"), "targetStage", 42))));
            Poll.until("the defaults again", () -> !session.client.diagnosticsOf(uri).isEmpty()
                    && session.client.diagnosticsOf(uri).get(0).getSeverity() == DiagnosticSeverity.Error);
            assertTrue(session.client.logs.stream().anyMatch(m -> m.getType() == MessageType.Warning
                    && m.getMessage().contains("rules must be an object")));
            assertNull(analysis.lastOptions.targetStage());
        }
    }

    @Test
    void aClientThatAnswersConfigurationRequestsIsAskedForTheCgoguardSection() throws Exception {
        Path makefile = prepare();
        try (LspTestSession session = new LspTestSession(new MarkerAnalysis().setup())) {
            session.client.configurationAnswer = Map.of("rules", Map.of("redundant-netgo", "off"));
            ClientCapabilities capabilities = LspTestSession.fullCapabilities();
            capabilities.getWorkspace().setConfiguration(true);
            session.initialize(List.of(root), null, capabilities);
            String uri = LspTestSession.uri(makefile);
            Poll.until("netgo switched off by the fetched settings", () -> session.client.diagnosticsOf(uri).size() == 1
                    && session.client.diagnosticsOf(uri).get(0).getCode().getLeft().equals("static-glibc-nss"));
            assertEquals("cgoguard", session.client.configurationRequests.get(0).getItems().get(0).getSection());

            session.client.configurationAnswer = Map.of();
            // as vscode-languageclient does in pull mode; LSP4J's own client refuses a null here
            session.writeRaw("{\"jsonrpc\":\"2.0\",\"method\":\"workspace/didChangeConfiguration\",\"params\":{\"settings\":null}}");
            Poll.until("both rules after the settings changed", () -> session.client.diagnosticsOf(uri).size() == 2);
            assertEquals(2, session.client.configurationRequests.size());
        }
    }

    @Test
    void pulledDiagnosticsWaitForTheLatestEdit() throws Exception {
        Path makefile = prepare();
        try (LspTestSession session = new LspTestSession(new MarkerAnalysis().setup())) {
            session.initialize(root);
            String uri = LspTestSession.uri(makefile);
            session.open(makefile, 1, MAKEFILE);
            session.edit(makefile, 2, new Range(new Position(1, 19), new Position(1, 25)), "shared");
            var report = session.server.getTextDocumentService()
                    .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS);
            var items = report.getRelatedFullDocumentDiagnosticReport().getItems();
            assertEquals(List.of("redundant-netgo"), items.stream().map(d -> d.getCode().getLeft()).toList());
        }
    }

    private Path prepare() throws Exception {
        Files.writeString(root.resolve("main.go"), "package main\n\nimport \"os/user\"\n");
        Path makefile = root.resolve("Makefile");
        Files.writeString(makefile, MAKEFILE);
        return makefile;
    }

    private static List<CodeAction> codeActions(LspTestSession session, String uri, Range range, List<String> only)
            throws Exception {
        CodeActionContext context = new CodeActionContext(List.of());
        context.setOnly(only);
        return session.server.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), range, context))
                .get(30, TimeUnit.SECONDS).stream().map(Either::getRight).toList();
    }

    private static Hover hover(LspTestSession session, String uri, Position position) throws Exception {
        return session.server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), position)).get(30, TimeUnit.SECONDS);
    }

    /** Applies non-overlapping edits the way a client does: from the last to the first. */
    static String apply(String text, List<TextEdit> edits) {
        TextDocumentBuffer buffer = new TextDocumentBuffer("file:///x", 0, text);
        List<TextEdit> backwards = edits.stream()
                .sorted(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                        .thenComparing(e -> e.getRange().getStart().getCharacter()).reversed())
                .toList();
        for (TextEdit edit : backwards) {
            buffer = buffer.apply(0, List.of(new TextDocumentContentChangeEvent(edit.getRange(), edit.getNewText())));
        }
        return buffer.text();
    }
}
