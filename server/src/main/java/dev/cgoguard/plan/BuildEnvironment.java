package dev.cgoguard.plan;

import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.workspace.SourceLocation;

/**
 * Where a go command runs: a Dockerfile stage's image (with what the stage installed) or a CI
 * runner. {@code location} is the {@code FROM} line or the {@code runs-on}/{@code container} key;
 * {@code goVersion} is the toolchain version when known ({@code golang:1.22}, setup-go), and
 * {@code goVersionLocation} where it is named (the {@code FROM} line, the setup-go step; null when
 * nothing names it).
 */
public record BuildEnvironment(String description, ImageFacts facts, String goVersion, SourceLocation location,
        SourceLocation goVersionLocation) {
    /** An environment whose Go version, if any, is named where the environment is. */
    public BuildEnvironment(String description, ImageFacts facts, String goVersion, SourceLocation location) {
        this(description, facts, goVersion, location, location);
    }
}
