package dev.cgoguard.gopkg;

import dev.cgoguard.workspace.SourceLocation;
import java.util.List;

/**
 * A package outside the standard library that uses cgo ({@code import "C"}) in a file built under
 * the build context: its import path, the {@code import "C"} line, its {@code #cgo LDFLAGS}
 * values that apply to the context, and the NSS/dlopen functions its preambles call.
 */
public record CgoPackage(String importPath, SourceLocation importC, List<String> ldflags,
        List<SourceLocation> staticLdflagLocations, List<NssCall> nssCalls) {
}
