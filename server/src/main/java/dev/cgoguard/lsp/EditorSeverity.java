package dev.cgoguard.lsp;

import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.rules.RuleRegistry;

/**
 * The severity the editor shows a finding with: the finding's own, except that a rule whose editor
 * severity differs from its default (analysis-incomplete: info in CI, a hint in the editor) shows
 * that one, unless the settings give the rule a severity.
 */
final class EditorSeverity {
    private static final RuleRegistry RULES = RuleRegistry.builtIn();

    private EditorSeverity() {
    }

    static Severity of(Finding finding, AnalysisOptions options) {
        if (options.ruleSeverities().containsKey(finding.rule())) {
            return finding.severity();
        }
        return RULES.find(finding.rule()).map(rule -> rule.info())
                .filter(info -> info.defaultSeverity() == finding.severity())
                .map(info -> info.editorSeverity()).orElse(finding.severity());
    }
}
