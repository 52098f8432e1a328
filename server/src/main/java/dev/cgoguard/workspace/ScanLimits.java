package dev.cgoguard.workspace;

/**
 * The limits of reading one workspace, in one place: how many files a scan visits, how much of a
 * file it reads. Reaching one is always reported (a problem naming the file, or, for the file
 * count, {@link WorkspaceTooLargeException} naming the limit and the settings that raise it:
 * {@code --max-files} on the command line, {@code cgoguard.maxFiles} in an editor).
 *
 * @param maxFiles the most files one workspace scan visits (files of every kind, outside the
 *     folders that are always skipped and the excluded paths)
 */
public record ScanLimits(int maxFiles) {
    /** The default of {@link #maxFiles}: far above real repositories (the largest measured hold ~18,000 files), far below a home folder. */
    public static final int DEFAULT_MAX_FILES = 100_000;
    /** Build files larger than this are not read; real ones are far smaller. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;
    /** Only this much of a Go file is read: the header (package clause and imports) comes first. */
    public static final int GO_PREFIX_BYTES = 256 * 1024;

    public static final ScanLimits DEFAULTS = new ScanLimits(DEFAULT_MAX_FILES);

    public ScanLimits {
        if (maxFiles < 1) {
            throw new IllegalArgumentException("the file limit must be at least 1, not " + maxFiles);
        }
    }
}
