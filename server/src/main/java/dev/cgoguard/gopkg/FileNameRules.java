package dev.cgoguard.gopkg;

/**
 * What a Go file's name alone says about its part in a build (go/build's rules): names starting
 * with {@code _} or {@code .} are ignored, {@code _test.go} files belong to tests only, and
 * {@code _GOOS}, {@code _GOARCH} and {@code _GOOS_GOARCH} suffixes are constraints.
 */
final class FileNameRules {
    private FileNameRules() {
    }

    /** True for a file the go command never builds into a package: ignored names and test files. */
    static boolean isExcludedName(String fileName) {
        return !fileName.endsWith(".go") || fileName.startsWith("_") || fileName.startsWith(".")
                || fileName.endsWith("_test.go");
    }

    /** True when the name's OS/architecture suffix (if any) matches the context. */
    static boolean matchesPlatform(String fileName, TagMatcher tags) {
        String name = fileName.endsWith(".go") ? fileName.substring(0, fileName.length() - 3) : fileName;
        int underscore = name.indexOf('_');
        if (underscore < 0) {
            return true;
        }
        String[] parts = name.substring(underscore).split("_", -1);
        int n = parts.length;
        if (n > 0 && parts[n - 1].equals("test")) {
            n--;
        }
        if (n >= 2 && GoPlatforms.KNOWN_OS.contains(parts[n - 2]) && GoPlatforms.KNOWN_ARCH.contains(parts[n - 1])) {
            return tags.test(parts[n - 2]) && tags.matchesArch(parts[n - 1]);
        }
        if (n >= 1 && GoPlatforms.KNOWN_OS.contains(parts[n - 1])) {
            return tags.test(parts[n - 1]);
        }
        if (n >= 1 && GoPlatforms.KNOWN_ARCH.contains(parts[n - 1])) {
            return tags.matchesArch(parts[n - 1]);
        }
        return true;
    }

    /**
     * The OS and the architecture a name's suffix asks for, each null when it asks for none:
     * {@code {"linux", "amd64"}} for {@code x_linux_amd64.go}, {@code {null, "arm64"}} for {@code x_arm64.go}.
     * A file matches a context when both match (the rule {@link #matchesPlatform} applies).
     */
    static String[] platformSuffix(String fileName) {
        String name = fileName.endsWith(".go") ? fileName.substring(0, fileName.length() - 3) : fileName;
        int underscore = name.indexOf('_');
        if (underscore < 0) {
            return new String[2];
        }
        String[] parts = name.substring(underscore).split("_", -1);
        int n = parts.length;
        if (n > 0 && parts[n - 1].equals("test")) {
            n--;
        }
        if (n >= 2 && GoPlatforms.KNOWN_OS.contains(parts[n - 2]) && GoPlatforms.KNOWN_ARCH.contains(parts[n - 1])) {
            return new String[] {parts[n - 2], parts[n - 1]};
        }
        if (n >= 1 && GoPlatforms.KNOWN_OS.contains(parts[n - 1])) {
            return new String[] {parts[n - 1], null};
        }
        if (n >= 1 && GoPlatforms.KNOWN_ARCH.contains(parts[n - 1])) {
            return new String[] {null, parts[n - 1]};
        }
        return new String[2];
    }

    /** True when the name has an OS or architecture suffix (so whether it is built depends on the platform). */
    static boolean hasPlatformSuffix(String fileName) {
        String name = fileName.endsWith(".go") ? fileName.substring(0, fileName.length() - 3) : fileName;
        int underscore = name.indexOf('_');
        if (underscore < 0) {
            return false;
        }
        String[] parts = name.substring(underscore).split("_", -1);
        int n = parts.length;
        if (n > 0 && parts[n - 1].equals("test")) {
            n--;
        }
        return n >= 1 && (GoPlatforms.KNOWN_OS.contains(parts[n - 1]) || GoPlatforms.KNOWN_ARCH.contains(parts[n - 1]));
    }

    static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
