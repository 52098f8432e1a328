package dev.cgoguard.gopkg;

import java.util.List;

/**
 * A package found for an import path: where it came from, its folder (workspace-relative for
 * workspace and vendor packages, absolute otherwise, null for table-only packages) and the headers
 * of its {@code .go} files sorted by name (test and ignored files included; selection happens per
 * build context).
 */
record GoPackage(String importPath, PackageOrigin origin, String dir, List<GoFileHeader> files) {
}
