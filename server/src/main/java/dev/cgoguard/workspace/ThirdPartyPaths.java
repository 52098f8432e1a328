package dev.cgoguard.workspace;

import java.util.Set;

/**
 * The folders that hold other projects' code, as golangci-lint treats them by default:
 * {@code vendor/}, {@code third_party/}, {@code node_modules/}, {@code testdata/} and an old Godeps
 * workspace ({@code Godeps/_workspace/}), at any depth. Their build files build those projects,
 * not this one, so they are not analysed unless the settings ask for it; their Go sources are
 * still read, as the go command reads them.
 */
public final class ThirdPartyPaths {
    private static final Set<String> FOLDERS = Set.of("vendor", "third_party", "node_modules", "testdata");

    private ThirdPartyPaths() {
    }

    /** True for a workspace-relative path inside such a folder. */
    public static boolean contains(String path) {
        String[] elements = path.split("/");
        for (int i = 0; i < elements.length - 1; i++) {
            if (FOLDERS.contains(elements[i])
                    || elements[i].equals("_workspace") && i > 0 && elements[i - 1].equals("Godeps")) {
                return true;
            }
        }
        return false;
    }
}
