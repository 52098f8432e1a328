package dev.cgoguard.docker;

import dev.cgoguard.workspace.NormalPaths;
import java.util.ArrayDeque;
import java.util.Deque;

/** Path arithmetic inside an image: absolute, normalized, with {@code /} as the root. */
final class DockerPaths {
    private DockerPaths() {
    }

    /** {@code path} made absolute against {@code base} and normalized ({@code .}, {@code ..}, double slashes). */
    static String resolve(String base, String path) {
        String joined = path.startsWith("/") ? path : (base.endsWith("/") ? base : base + "/") + path;
        return normalize(joined);
    }

    static String normalize(String path) {
        if (isNormal(path)) {
            return path;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    /** True when {@code path} is absolute and has no empty, {@code .} or {@code ..} part and no trailing {@code /} (the root aside). */
    private static boolean isNormal(String path) {
        return path.startsWith("/") && NormalPaths.isNormal(path);
    }

    static String baseName(String path) {
        String normalized = normalize(path);
        return normalized.substring(normalized.lastIndexOf('/') + 1);
    }
}
