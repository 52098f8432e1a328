package dev.cgoguard.plan;

import java.util.Optional;
import java.util.Set;

/**
 * Where the standard library's own cgo code (net's resolver, os/user's lookups) is compiled: on
 * Linux and the other Unix systems when cgo is on; never on Windows (and the platforms without
 * cgo); on macOS and iOS only before Go 1.20, which made them call the system libraries without cgo
 * (knowledge/go-cgo-facts.md, Go 1.20 release notes, "Cgo").
 */
final class StdCgo {
    private static final Set<String> NEVER = Set.of("windows", "plan9", "js", "wasip1");
    private static final Set<String> DARWIN = Set.of("darwin", "ios");

    private StdCgo() {
    }

    /** True when net and os/user have cgo code for {@code goos} (null: not known, taken as yes). */
    static boolean lookupsUseCgo(String goos, Optional<GoVersion> goVersion) {
        if (goos == null) {
            return true;
        }
        if (NEVER.contains(goos)) {
            return false;
        }
        if (DARWIN.contains(goos)) {
            return goVersion.map(v -> !v.atLeast(1, 20)).orElse(false);
        }
        return true;
    }
}
