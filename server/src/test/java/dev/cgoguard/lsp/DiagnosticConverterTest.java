package dev.cgoguard.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextRange;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.junit.jupiter.api.Test;

class DiagnosticConverterTest {
    private final WorkspaceRoot root = new WorkspaceRoot(Path.of("/work/app"));

    private Diagnostic convert(String rule, Severity severity) {
        Finding finding = new Finding(rule, severity, new SourceLocation("build/Dockerfile", TextRange.of(3, 0, 3, 12)),
                "message", List.of(), List.of());
        return DiagnosticConverter.toDiagnostic(finding, root);
    }

    @Test
    void everySeverityHasItsLspCounterpart() {
        assertEquals(DiagnosticSeverity.Error, convert("r", Severity.ERROR).getSeverity());
        assertEquals(DiagnosticSeverity.Warning, convert("r", Severity.WARNING).getSeverity());
        assertEquals(DiagnosticSeverity.Information, convert("r", Severity.INFO).getSeverity());
        assertEquals(DiagnosticSeverity.Hint, convert("r", Severity.HINT).getSeverity());
    }

    @Test
    void analysisIncompleteIsAHintInTheEditorUnlessTheSettingsSayOtherwise() {
        Finding finding = new Finding("analysis-incomplete", Severity.INFO,
                new SourceLocation("Makefile", TextRange.of(0, 0, 0, 0)), "message", List.of(), List.of());
        assertEquals(Severity.HINT, EditorSeverity.of(finding, AnalysisOptions.DEFAULTS));
        AnalysisOptions configured = new AnalysisOptions(Map.of(), Map.of(), null, Map.of("analysis-incomplete", "info"));
        assertEquals(Severity.INFO, EditorSeverity.of(finding, configured));
        Finding other = new Finding("redundant-netgo", Severity.HINT, finding.location(), "message", List.of(), List.of());
        assertEquals(Severity.HINT, EditorSeverity.of(other, AnalysisOptions.DEFAULTS));
        assertEquals(DiagnosticSeverity.Hint, DiagnosticConverter.toDiagnostic(finding, Severity.HINT, root).getSeverity());
    }

    @Test
    void onlyRulesAboutRemovableCodeAreTaggedUnnecessary() {
        assertEquals(List.of(DiagnosticTag.Unnecessary), convert("obsolete-build-flag", Severity.HINT).getTags());
        assertEquals(List.of(DiagnosticTag.Unnecessary), convert("redundant-netgo", Severity.INFO).getTags());
        assertNull(convert("static-glibc-nss", Severity.ERROR).getTags());
        assertNull(convert("static-glibc-nss", Severity.ERROR).getRelatedInformation());
    }

    @Test
    void relatedPathsResolveAgainstTheRootTheClientNamed() {
        assertEquals("file:///work/app/build/Dockerfile", root.uriOf("build/Dockerfile"));
        assertEquals("build/Dockerfile", root.relativePath("file:///work/app/build/Dockerfile").orElseThrow());
        assertEquals(java.util.Optional.empty(), root.relativePath("file:///work/other/Makefile"));
    }
}
