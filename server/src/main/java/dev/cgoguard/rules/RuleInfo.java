package dev.cgoguard.rules;

import dev.cgoguard.finding.Severity;

/**
 * A rule's identity: its id, default severity, one-line summary, the severity an editor shows by
 * default (the same, except for a rule whose findings are notes in an editor but count in CI), and,
 * for a rule that reports another severity where its facts say so, when it does ({@code "error when
 * ..."}; null for none). Its page is {@code rules/<id>.md} in the jar.
 */
public record RuleInfo(String id, Severity defaultSeverity, String summary, Severity editorSeverity, String otherSeverity) {
    public RuleInfo(String id, Severity defaultSeverity, String summary) {
        this(id, defaultSeverity, summary, defaultSeverity, null);
    }

    public RuleInfo(String id, Severity defaultSeverity, String summary, Severity editorSeverity) {
        this(id, defaultSeverity, summary, editorSeverity, null);
    }

    /** The severities the rule reports, as {@code rules} and the README list them: {@code warning, error when ...}. */
    public String severities() {
        return defaultSeverity.id() + (otherSeverity == null ? "" : ", " + otherSeverity);
    }
}
