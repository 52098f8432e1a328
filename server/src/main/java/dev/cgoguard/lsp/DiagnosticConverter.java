package dev.cgoguard.lsp;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.rules.RuleDocs;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Turns findings of the core into LSP diagnostics. Positions need no conversion: both count UTF-16 units. */
final class DiagnosticConverter {
    static final String SOURCE = "cgoguard";
    /** Rules whose findings mark something that can simply go away; editors fade it out. */
    private static final Set<String> UNNECESSARY_CODE_RULES = Set.of("obsolete-build-flag", "redundant-netgo");

    private DiagnosticConverter() {
    }

    static Diagnostic toDiagnostic(Finding finding, WorkspaceRoot root) {
        return toDiagnostic(finding, finding.severity(), root);
    }

    /** The diagnostic of a finding, shown with {@code shown} (see {@link EditorSeverity}). */
    static Diagnostic toDiagnostic(Finding finding, Severity shown, WorkspaceRoot root) {
        Diagnostic diagnostic = new Diagnostic();
        diagnostic.setRange(toRange(finding.location().range()));
        diagnostic.setSeverity(toSeverity(shown));
        diagnostic.setCode(finding.rule());
        diagnostic.setCodeDescription(new DiagnosticCodeDescription(RuleDocs.url(finding.rule())));
        diagnostic.setSource(SOURCE);
        diagnostic.setMessage(finding.message());
        if (UNNECESSARY_CODE_RULES.contains(finding.rule())) {
            diagnostic.setTags(List.of(DiagnosticTag.Unnecessary));
        }
        List<RelatedLocation> related = finding.related() == null ? List.of() : finding.related();
        if (!related.isEmpty()) {
            List<DiagnosticRelatedInformation> information = new ArrayList<>();
            for (RelatedLocation place : related) {
                Location location = new Location(root.uriOf(place.location().path()), toRange(place.location().range()));
                information.add(new DiagnosticRelatedInformation(location, place.message()));
            }
            diagnostic.setRelatedInformation(information);
        }
        return diagnostic;
    }

    static DiagnosticSeverity toSeverity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
            case HINT -> DiagnosticSeverity.Hint;
        };
    }

    static Range toRange(TextRange range) {
        return new Range(toPosition(range.start()), toPosition(range.end()));
    }

    static Position toPosition(TextPosition position) {
        return new Position(position.line(), position.column());
    }

    static TextPosition fromPosition(Position position) {
        return new TextPosition(position.getLine(), position.getCharacter());
    }
}
