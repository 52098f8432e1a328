package dev.cgoguard.gopkg;

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
}
