package dev.cgoguard.finding;

import dev.cgoguard.workspace.SourceLocation;

/** A place that contributes to a finding (an import line, a FROM line), with what it contributes. */
public record RelatedLocation(SourceLocation location, String message) {
}
