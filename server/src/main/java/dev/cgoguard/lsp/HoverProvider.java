package dev.cgoguard.lsp;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Explains the findings under the cursor: each rule's id and summary, then the finding's message and the rule's page. */
final class HoverProvider {
    private final Function<String, Optional<String>> ruleSummaries;

    /** @param ruleSummaries the one-line summary of a rule id, when the rule is known */
    HoverProvider(Function<String, Optional<String>> ruleSummaries) {
        this.ruleSummaries = ruleSummaries;
    }

    Optional<Hover> hover(Position position, List<PublishedFinding> findings, boolean markdown) {
        StringBuilder text = new StringBuilder();
        Range covered = null;
        for (PublishedFinding finding : findings) {
            Range range = finding.diagnostic().getRange();
            if (CodeActionProvider.compare(range.getStart(), position) > 0
                    || CodeActionProvider.compare(position, range.getEnd()) > 0) {
                continue;
            }
            String rule = finding.finding().rule();
            if (text.length() > 0) {
                text.append(markdown ? "\n\n---\n\n" : "\n\n");
            }
            String summary = ruleSummaries.apply(rule).orElse("");
            if (markdown) {
                text.append("**cgoguard** `").append(rule).append('`');
                text.append(summary.isEmpty() ? "" : ": " + summary).append("\n\n");
                text.append(finding.finding().message()).append("\n\n");
                text.append('[').append("About ").append(rule).append("](").append(RuleLinks.pageOf(rule)).append(')');
            } else {
                text.append("cgoguard ").append(rule).append(summary.isEmpty() ? "" : ": " + summary).append("\n\n");
                text.append(finding.finding().message()).append("\n\n").append(RuleLinks.pageOf(rule));
            }
            covered = covered == null ? range : covered;
        }
        if (covered == null) {
            return Optional.empty();
        }
        String kind = markdown ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT;
        return Optional.of(new Hover(new MarkupContent(kind, text.toString()), covered));
    }
}
