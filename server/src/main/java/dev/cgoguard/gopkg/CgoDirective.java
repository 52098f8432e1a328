package dev.cgoguard.gopkg;

import dev.cgoguard.workspace.SourceLocation;
import java.util.List;

/**
 * A {@code #cgo} line of a cgo preamble: its condition (the GOOS/GOARCH/tag options before the
 * variable, null when it always applies), the variable ({@code LDFLAGS}, {@code CFLAGS}, ...), the
 * flags, and the line.
 */
public record CgoDirective(BuildConstraint condition, String variable, List<String> flags, SourceLocation location) {
    /** True for an LDFLAGS line that asks for a static link ({@code -static}, {@code -static-pie}). */
    public boolean requestsStaticLink() {
        return variable.equals("LDFLAGS") && flags.stream().anyMatch(f -> f.equals("-static") || f.equals("-static-pie")
                || f.equals("-Wl,-static"));
    }
}
