package dev.cgoguard.plan;

import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.workspace.SourceLocation;
import java.util.Objects;

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

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof BuildEnvironment that
                && Objects.equals(description, that.description)
                && Objects.equals(facts, that.facts)
                && Objects.equals(goVersion, that.goVersion)
                && Objects.equals(location, that.location)
                && Objects.equals(goVersionLocation, that.goVersionLocation);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(description);
        hash = 31 * hash + Objects.hashCode(facts);
        hash = 31 * hash + Objects.hashCode(goVersion);
        hash = 31 * hash + Objects.hashCode(location);
        hash = 31 * hash + Objects.hashCode(goVersionLocation);
        return hash;
    }
}
