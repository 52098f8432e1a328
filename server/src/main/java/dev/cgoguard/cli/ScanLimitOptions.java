package dev.cgoguard.cli;

import dev.cgoguard.workspace.ScanLimits;
import picocli.CommandLine.Option;

/** The option that bounds one workspace's scan ({@link ScanLimits}). */
final class ScanLimitOptions {
    @Option(names = "--max-files", paramLabel = "N",
            description = "Stop with a message, linting nothing, when a folder holds more than N files (default: "
                    + ScanLimits.DEFAULT_MAX_FILES + ").")
    int maxFiles = ScanLimits.DEFAULT_MAX_FILES;

    /** The limits, or null (with the reason on {@code err}) for a value below 1. */
    ScanLimits limits(java.io.PrintWriter err) {
        if (maxFiles < 1) {
            err.println("cgoguard: --max-files takes a number of files of at least 1, not " + maxFiles);
            return null;
        }
        return new ScanLimits(maxFiles);
    }
}
