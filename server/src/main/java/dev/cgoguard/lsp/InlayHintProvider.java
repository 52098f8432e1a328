package dev.cgoguard.lsp;

import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.PlanExplanation;
import dev.cgoguard.workspace.TextPosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * One inlay hint at the end of each go command: its plan summary ({@code cgo on · external · static glibc 2.36},
 * or {@code build fails: example.com/db needs cgo}), with the whole explanation as its tooltip.
 * A command built several ways (under different conditions) shows each summary once, separated by {@code |}.
 */
final class InlayHintProvider {
    private InlayHintProvider() {
    }

    static List<InlayHint> hints(List<BuildPlan> plans, Range requested) {
        Map<TextPosition, Set<String>> byEnd = new LinkedHashMap<>();
        Map<TextPosition, BuildPlan> first = new LinkedHashMap<>();
        for (BuildPlan plan : plans) {
            TextPosition end = plan.origin().location().range().end();
            if (requested != null && !within(end, requested)) {
                continue;
            }
            byEnd.computeIfAbsent(end, e -> new LinkedHashSet<>()).add(PlanExplanation.summary(plan));
            first.putIfAbsent(end, plan);
        }
        List<InlayHint> hints = new ArrayList<>();
        byEnd.forEach((end, summaries) -> {
            InlayHint hint = new InlayHint(DiagnosticConverter.toPosition(end),
                    Either.forLeft(String.join(" | ", summaries)));
            hint.setPaddingLeft(true);
            hint.setTooltip(Either.forRight(new MarkupContent(MarkupKind.MARKDOWN, PlanMarkdown.describe(first.get(end)))));
            hints.add(hint);
        });
        return hints;
    }

    private static boolean within(TextPosition position, Range range) {
        TextPosition start = DiagnosticConverter.fromPosition(range.getStart());
        TextPosition end = DiagnosticConverter.fromPosition(range.getEnd());
        return start.compareTo(position) <= 0 && position.compareTo(end) <= 0;
    }
}
