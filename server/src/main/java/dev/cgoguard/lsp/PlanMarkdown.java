package dev.cgoguard.lsp;

import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.PlanExplanation;

/** The core's explanation of a go command's plan as Markdown: a headline, then one bullet per item, in the core's words. */
final class PlanMarkdown {
    private PlanMarkdown() {
    }

    static String describe(BuildPlan plan) {
        PlanExplanation explanation = PlanExplanation.of(plan);
        StringBuilder text = new StringBuilder();
        text.append("**").append(escape(explanation.command())).append("** · ").append(escape(explanation.origin()))
                .append(" · `").append(explanation.summary().replace("`", "'")).append("`\n");
        explanation.failure().ifPresent(failure -> text.append("\n**This build fails:** ").append(escape(failure.reason()))
                .append('\n'));
        text.append('\n');
        for (PlanExplanation.Item item : explanation.items()) {
            if (!item.label().equals("fails")) {
                text.append("- **").append(item.label()).append("**: ").append(escape(item.value())).append('\n');
            }
        }
        return text.toString().stripTrailing();
    }

    /** The characters that would start emphasis, code, a link or HTML (an underscore inside a word does not). */
    static final String ESCAPED = "\\`*[]<>";

    /** Plain text made safe for Markdown: its emphasis, code, link and HTML characters are taken literally. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (ESCAPED.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
