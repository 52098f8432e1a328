package dev.cgoguard.gopkg;

import dev.cgoguard.workspace.SourceLocation;

/**
 * A package outside the standard library with files that {@code import "C"} and would be built
 * if cgo were on, in a build where cgo is off. When {@code buildableWithoutCgo} is false no file is
 * left and the build fails ("build constraints exclude all Go files"); when true a pure-Go
 * fallback is compiled instead.
 */
public record CgoRequiredPackage(String importPath, SourceLocation importC, boolean buildableWithoutCgo) {
}
