package dev.cgoguard.plan;

import java.util.ArrayDeque;
import java.util.Deque;

/** Joins and normalises workspace-relative directories ("" is the root; null is unknown). */
public final class WorkspacePaths {
    private WorkspacePaths() {
    }

    /** {@code base} joined with {@code child}; an absolute child replaces the base; null stays unknown. */
    public static String join(String base, String child) {
        if (child == null || child.isEmpty()) {
            return base;
        }
        if (child.startsWith("/")) {
            return normalize(child);
        }
        if (base == null) {
            return null;
        }
        return normalize(base.isEmpty() ? child : base + "/" + child);
    }

    public static String normalize(String path) {
        if (isNormal(path)) {
            return path;
        }
        boolean absolute = path.startsWith("/");
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
                    parts.removeLast();
                } else if (!absolute) {
                    parts.addLast("..");
                }
            } else {
                parts.addLast(part);
            }
        }
        String joined = String.join("/", parts);
        return absolute ? "/" + joined : joined;
    }

    /** True when no part of {@code path} is empty, {@code .} or {@code ..} (a leading {@code /} and the root aside): normalizing leaves it as it is. */
    private static boolean isNormal(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        if (start == path.length()) {
            return true; // "" or "/"
        }
        while (true) {
            int end = path.indexOf('/', start);
            int partEnd = end < 0 ? path.length() : end;
            int length = partEnd - start;
            if (length == 0 || length <= 2 && path.charAt(start) == '.' && (length == 1 || path.charAt(start + 1) == '.')) {
                return false;
            }
            if (end < 0) {
                return true;
            }
            start = end + 1;
        }
    }

    /** The directory of a workspace-relative file path ("" for a file at the root). */
    public static String parent(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }
}
