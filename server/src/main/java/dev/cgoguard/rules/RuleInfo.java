package dev.cgoguard.rules;

import dev.cgoguard.finding.Severity;

/** A rule's identity: its id, default severity, and one-line summary. Its page is {@code rules/<id>.md} in the jar. */
public record RuleInfo(String id, Severity defaultSeverity, String summary) {
}
