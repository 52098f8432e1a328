package dev.cgoguard.knowledge;

/**
 * A Debian release as the images know it: its suite (the suffix of {@code golang:<minor>-<suite>}),
 * its number, its glibc (null when not known), whether its debian images are still published, and
 * the Go minors docker-library/golang publishes a variant on it for ({@code firstGo} to {@code lastGo},
 * each {@code {major, minor}}; {@code lastGo} null while still published; both null when not known).
 */
public record DebianRelease(String suite, int number, String glibc, boolean imagesPublished, int[] firstGo, int[] lastGo,
        String source) {

    /** Whether {@code golang:<major>.<minor>-<suite>} is published. */
    public boolean hasGolangVariant(int major, int minor) {
        if (firstGo == null) {
            return false;
        }
        return compare(major, minor, firstGo) >= 0 && (lastGo == null || compare(major, minor, lastGo) <= 0);
    }

    private static int compare(int major, int minor, int[] version) {
        return major != version[0] ? Integer.compare(major, version[0]) : Integer.compare(minor, version[1]);
    }
}
