package dev.cgoguard.plan;

import dev.cgoguard.workspace.NormalPaths;
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
        if (NormalPaths.isNormal(path)) {
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

    /** The directory of a workspace-relative file path ("" for a file at the root). */
    public static String parent(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }
}
