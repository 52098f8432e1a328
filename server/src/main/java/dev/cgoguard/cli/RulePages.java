package dev.cgoguard.cli;

import dev.cgoguard.rules.RuleDocs;

/** Reads parts of a rule's page. */
final class RulePages {
    private RulePages() {
    }

    /**
     * The page's first paragraph of prose (headings and the {@code **Severity:**} line skipped),
     * joined into one line; empty when the rule has no page.
     */
    static String firstParagraph(String ruleId) {
        String page = RuleDocs.page(ruleId).orElse("");
        StringBuilder paragraph = new StringBuilder();
        for (String line : page.split("\r?\n")) {
            String trimmed = line.strip();
            boolean skipped = trimmed.startsWith("#") || trimmed.startsWith("**Severity:**");
            if (trimmed.isEmpty() || skipped) {
                if (paragraph.length() > 0) {
                    break;
                }
                continue;
            }
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(trimmed);
        }
        return paragraph.toString();
    }
}
