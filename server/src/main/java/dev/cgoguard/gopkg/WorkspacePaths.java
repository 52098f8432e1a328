package dev.cgoguard.gopkg;

import java.util.ArrayDeque;
import java.util.Deque;

/** Workspace-relative path arithmetic with {@code /} separators, "" being the root. */
final class WorkspacePaths {
    private WorkspacePaths() {
    }

    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String join(String dir, String name) {
        return dir.isEmpty() ? name : name.isEmpty() ? dir : dir + "/" + name;
    }

    /**
     * Resolves a relative path (with {@code .} and {@code ..}) against a workspace folder; null when
     * it is absolute or climbs above the workspace root.
     */
    static String resolve(String dir, String relative) {
        if (relative.startsWith("/")) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (dir.isEmpty() ? relative : dir + "/" + relative).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** True when {@code path} is {@code dir} or lies below it. */
    static boolean isWithin(String path, String dir) {
        return dir.isEmpty() || path.equals(dir) || path.startsWith(dir + "/");
    }
}
