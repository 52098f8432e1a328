package dev.cgoguard.gopkg;

import dev.cgoguard.workspace.SourceLocation;

/**
 * A package outside the standard library with files that {@code import "C"} and would be built
 * if cgo were on, in a build where cgo is off. When {@code buildableWithoutCgo} is false no file is
 * left and the build fails ("build constraints exclude all Go files"); when true a pure-Go
 * fallback is compiled instead, and {@code failsWithoutCgo} is where that fallback says it does not
 * work without cgo ({@code "Locks are not supported without cgo"}), or null when it says nothing so.
 */
public record CgoRequiredPackage(String importPath, SourceLocation importC, boolean buildableWithoutCgo,
        GoCallSite failsWithoutCgo) {
    public CgoRequiredPackage(String importPath, SourceLocation importC, boolean buildableWithoutCgo) {
        this(importPath, importC, buildableWithoutCgo, null);
    }
}
