package dev.cgoguard.workspace;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A scan stopped because the folder holds more files than {@link ScanLimits#maxFiles()}: nothing
 * of it is analysed, and the message says which limit was reached and how to raise it.
 */
public final class WorkspaceTooLargeException extends IOException {
    private final int limit;

    public WorkspaceTooLargeException(Path root, int limit) {
        super(String.format("%s holds more than %,d files, the limit for one workspace, so it was not analysed:"
                + " open or lint a smaller folder, leave folders out (exclude), or raise the limit"
                + " (--max-files on the command line, cgoguard.maxFiles in the editor)", root, limit), null);
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
