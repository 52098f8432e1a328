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
        super(String.format("%s holds more than %,d files, the limit for one workspace; nothing was linted. Open or"
                + " lint a smaller folder, leave folders out with exclude, or raise the limit with --%s"
                + " (%s in .cgoguard.yaml, cgoguard.maxFiles in the editor)", root, limit, ScanLimits.MAX_FILES_SETTING,
                ScanLimits.MAX_FILES_SETTING), null);
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
