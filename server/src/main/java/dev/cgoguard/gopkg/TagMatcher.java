package dev.cgoguard.gopkg;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Says which build tags hold in a build context, the way go/build's matchTag does: GOOS (with
 * android implying linux, illumos solaris, ios darwin), GOARCH, {@code unix}, {@code cgo} when cgo
 * is on, the compiler {@code gc}, the release tags {@code go1.1} to {@code go1.N}, and {@code -tags}.
 */
final class TagMatcher implements Predicate<String> {
    private final String goos;
    private final String goarch;
    private final Set<String> tags;
    private final boolean cgo;
    private final int releaseMinor;

    TagMatcher(BuildContext context) {
        this.goos = context.goos() == null ? "linux" : context.goos();
        this.goarch = context.goarch() == null ? "amd64" : context.goarch();
        this.tags = context.tags() == null ? Set.of() : context.tags();
        this.cgo = context.cgoEnabled();
        this.releaseMinor = minorOf(context.goVersion());
    }

    @Override
    public boolean test(String tag) {
        if (tag.equals(goos) || tag.equals(goarch) || tags.contains(tag)) {
            return true;
        }
        switch (tag) {
            case "cgo":
                return cgo;
            case "gc":
                return true;
            case "unix":
                return GoPlatforms.UNIX_OS.contains(goos);
            case "linux":
                return goos.equals("android");
            case "solaris":
                return goos.equals("illumos");
            case "darwin":
                return goos.equals("ios");
            default:
                break;
        }
        if (tag.startsWith("go1.")) {
            try {
                int minor = Integer.parseInt(tag.substring(4));
                return minor >= 1 && minor <= releaseMinor;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    boolean matchesArch(String arch) {
        return arch.equals(goarch);
    }

    /** The minor release of "1.22", "1.22.3" or "go1.22"; the newest known release when unknown. */
    static int minorOf(String version) {
        if (version == null) {
            return GoPlatforms.NEWEST_MINOR;
        }
        String v = version.startsWith("go") ? version.substring(2) : version;
        String[] parts = v.split("\\.");
        if (parts.length < 2 || !parts[0].equals("1")) {
            return GoPlatforms.NEWEST_MINOR;
        }
        try {
            return Integer.parseInt(parts[1].replaceAll("[^0-9].*$", ""));
        } catch (NumberFormatException e) {
            return GoPlatforms.NEWEST_MINOR;
        }
    }
}
