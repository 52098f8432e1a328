package dev.cgoguard.gopkg;

import java.util.Objects;
import java.util.Set;

/**
 * What build constraints are evaluated against: target OS and architecture, the build tags given
 * with {@code -tags}, whether cgo is on, and the Go version (e.g. {@code "1.22"}, null when unknown)
 * for the {@code go1.N} release tags.
 */
public record BuildContext(String goos, String goarch, Set<String> tags, boolean cgoEnabled, String goVersion) {
    public static BuildContext linuxAmd64(Set<String> tags, boolean cgoEnabled) {
        return new BuildContext("linux", "amd64", tags, cgoEnabled, null);
    }

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof BuildContext that
                && Objects.equals(goos, that.goos)
                && Objects.equals(goarch, that.goarch)
                && Objects.equals(tags, that.tags)
                && cgoEnabled == that.cgoEnabled
                && Objects.equals(goVersion, that.goVersion);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(goos);
        hash = 31 * hash + Objects.hashCode(goarch);
        hash = 31 * hash + Objects.hashCode(tags);
        hash = 31 * hash + Boolean.hashCode(cgoEnabled);
        hash = 31 * hash + Objects.hashCode(goVersion);
        return hash;
    }
}
