package dev.cgoguard.cli;

import dev.cgoguard.workspace.ScanLimits;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** The option that bounds one workspace's scan ({@link ScanLimits}). */
final class ScanLimitOptions {
    int maxFiles = ScanLimits.DEFAULT_MAX_FILES;

    /** Adds the option to a command. */
    void addTo(CommandSpec spec) {
        spec.addOption(CommandModel.option("--max-files", "N", int.class, () -> maxFiles, v -> maxFiles = v,
                "Stop with a message, linting nothing, when a folder holds more than N files (default: "
                        + ScanLimits.DEFAULT_MAX_FILES + ").").build());
    }

    /** The limits, or null (with the reason on {@code err}) for a value below 1. */
    ScanLimits limits(PrintWriter err) {
        if (maxFiles < 1) {
            err.println("cgoguard: --max-files takes a number of files of at least 1, not " + maxFiles);
            return null;
        }
        return new ScanLimits(maxFiles);
    }
}
