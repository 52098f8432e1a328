package dev.cgoguard.engine;

import dev.cgoguard.workspace.SourceLocation;

/** A rule that threw: its id, where it was checking (null when nowhere in particular), and the exception. */
public record RuleFailure(String rule, SourceLocation location, Throwable error) {
}
