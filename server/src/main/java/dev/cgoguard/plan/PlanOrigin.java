package dev.cgoguard.plan;

import dev.cgoguard.workspace.SourceLocation;

/**
 * Where a go command comes from: what sort of build file it was found in (as the rules and the
 * {@code plan} output tell them apart), a short description ({@code "Makefile target build"},
 * {@code "Dockerfile stage build"}, {@code ".goreleaser.yaml build cli"}), and the location a finding
 * about it sits on.
 */
public record PlanOrigin(Kind kind, String description, SourceLocation location) {
    /** The sort of build file: a new file kind picks the one its commands are written in. */
    public enum Kind {
        /** A Make recipe line. */
        MAKEFILE,
        /** A shell script, or a task runner's command line (Taskfile, justfile). */
        SCRIPT,
        /** A Dockerfile {@code RUN} instruction (also when a bake target builds it). */
        DOCKERFILE,
        /** A CI job's script line (GitHub Actions, GitLab CI). */
        WORKFLOW,
        /** A build described by a release or build tool's configuration (GoReleaser, ko, promu): the tool runs the go command. */
        BUILD_CONFIG,
        /** A Go program that runs the go command itself ({@code go run build.go}). */
        BUILD_PROGRAM
    }
}
