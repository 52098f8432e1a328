package dev.cgoguard.plan;

import dev.cgoguard.workspace.SourceLocation;

/**
 * Where a go command comes from: the file kind it was found in, a short description
 * ({@code "Makefile target build"}, {@code "Dockerfile stage build"}, {@code "scripts/release.sh"}),
 * and the location a finding about it sits on.
 */
public record PlanOrigin(Kind kind, String description, SourceLocation location) {
    public enum Kind {
        MAKEFILE,
        SCRIPT,
        DOCKERFILE,
        WORKFLOW
    }
}
