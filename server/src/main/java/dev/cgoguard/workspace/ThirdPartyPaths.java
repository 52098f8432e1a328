package dev.cgoguard.workspace;

/**
 * The folders that hold other projects' code, as golangci-lint treats them by default:
 * {@code vendor/}, {@code third_party/}, {@code node_modules/}, {@code testdata/} and an old Godeps
 * workspace ({@code Godeps/_workspace/}), at any depth. Their build files build those projects,
 * not this one, so they are not analysed unless the settings ask for it; their Go sources are
 * still read, as the go command reads them.
 */
public final class ThirdPartyPaths {
    private ThirdPartyPaths() {
    }

    /** True for a workspace-relative path inside such a folder. */
    public static boolean contains(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--; // a folder's path: its own name is the last, as a file's is
        }
        int start = 0;
        int previous = -1; // where the folder before this one starts
        for (int slash = path.indexOf('/'); slash >= 0 && slash < end; slash = path.indexOf('/', slash + 1)) {
            if (isFolder(path, start, slash, previous)) {
                return true;
            }
            previous = start;
            start = slash + 1;
        }
        return false;
    }

    /** True when the folder at {@code [start, end)} is one of them (the one before it starts at {@code previous}, -1 for none). */
    private static boolean isFolder(String path, int start, int end, int previous) {
        return switch (end - start) {
            case 6 -> path.startsWith("vendor", start);
            case 8 -> path.startsWith("testdata", start);
            case 10 -> path.startsWith("_workspace", start) && previous >= 0 && start - previous == 7
                    && path.startsWith("Godeps", previous);
            case 11 -> path.startsWith("third_party", start);
            case 12 -> path.startsWith("node_modules", start);
            default -> false;
        };
    }
}
