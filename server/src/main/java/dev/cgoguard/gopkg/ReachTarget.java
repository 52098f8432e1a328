package dev.cgoguard.gopkg;

/**
 * A package named on a build command line, resolved: its name as reported (an import path, or the
 * workspace folder of a file list) and the package, or null when it could not be found.
 */
record ReachTarget(String name, GoPackage pkg) {
}
