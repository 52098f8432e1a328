package dev.cgoguard.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The hover under the cursor, its sections one after the other: the findings there (each rule's id
 * and summary, the finding's message and the rule's page), then what the plans say (the go command's
 * plan, a flag's effect, a {@code FROM} image's facts). The range is that of the first section.
 */
final class HoverProvider {
    private final Function<String, Optional<String>> ruleSummaries;

    /** @param ruleSummaries the one-line summary of a rule id, when the rule is known */
    HoverProvider(Function<String, Optional<String>> ruleSummaries) {
        this.ruleSummaries = ruleSummaries;
    }

    Optional<Hover> hover(Position position, List<PublishedFinding> findings, boolean markdown) {
        return hover(position, findings, List.of(), markdown);
    }

    Optional<Hover> hover(Position position, List<PublishedFinding> findings, List<HoverSection> planSections,
            boolean markdown) {
        List<HoverSection> sections = new ArrayList<>();
        for (PublishedFinding finding : findings) {
            Range range = finding.diagnostic().getRange();
            if (CodeActionProvider.compare(range.getStart(), position) > 0
                    || CodeActionProvider.compare(position, range.getEnd()) > 0) {
                continue;
            }
            sections.add(findingSection(finding, range));
        }
        sections.addAll(planSections);
        if (sections.isEmpty()) {
            return Optional.empty();
        }
        String separator = markdown ? "\n\n---\n\n" : "\n\n";
        String text = String.join(separator, sections.stream()
                .map(section -> markdown ? section.markdown() : section.plainText()).toList());
        String kind = markdown ? MarkupKind.MARKDOWN : MarkupKind.PLAINTEXT;
        return Optional.of(new Hover(new MarkupContent(kind, text), sections.get(0).range()));
    }

    private HoverSection findingSection(PublishedFinding finding, Range range) {
        String rule = finding.finding().rule();
        String summary = ruleSummaries.apply(rule).map(s -> ": " + s).orElse("");
        String message = finding.finding().message();
        String markdown = "**cgoguard** `" + rule + '`' + summary + "\n\n" + message + "\n\n"
                + "[About " + rule + "](" + dev.cgoguard.rules.RuleDocs.url(rule) + ')';
        String plain = "cgoguard " + rule + summary + "\n\n" + message + "\n\n" + dev.cgoguard.rules.RuleDocs.url(rule);
        return new HoverSection(markdown, plain, range);
    }
}
