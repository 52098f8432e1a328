package dev.cgoguard.kinds.docker;

import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.plan.WorkspacePaths;

/**
 * Where {@code go build} writes its binary, as an absolute path inside a Docker stage: the
 * {@code -o} value (a directory when it ends in {@code /}), else the last element of the package
 * path in the working directory, as the go command names it.
 */
final class OutputPath {
    private OutputPath() {
    }

    static String of(GoInvocation invocation, String stageDirectory, String workspaceDirectory) {
        if (stageDirectory == null || !stageDirectory.startsWith("/")) {
            return null;
        }
        String base = WorkspacePaths.join(stageDirectory, invocation.directory());
        String defaultName = defaultName(invocation, base, workspaceDirectory);
        String output = invocation.output();
        if (output == null) {
            return defaultName == null ? null : WorkspacePaths.join(base, defaultName);
        }
        if (output.endsWith("/")) {
            return defaultName == null ? null : WorkspacePaths.join(base, output + defaultName);
        }
        return WorkspacePaths.join(base, output);
    }

    private static String defaultName(GoInvocation invocation, String base, String workspaceDirectory) {
        String first = invocation.packages().isEmpty() ? "." : invocation.packages().get(0);
        if (first.endsWith(".go")) {
            String file = first.substring(first.lastIndexOf('/') + 1);
            return file.substring(0, file.length() - 3);
        }
        String dir = first.equals(".") ? (workspaceDirectory != null && !workspaceDirectory.isEmpty() ? workspaceDirectory : base)
                : first;
        int end = dir.length();
        while (end > 0 && dir.charAt(end - 1) == '/') {
            end--;
        }
        String trimmed = dir.substring(0, end);
        if (trimmed.isEmpty() || trimmed.equals("/") || trimmed.contains("...")) {
            return null;
        }
        String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return isMajorVersion(name) || name.equals(".") ? null : name;
    }

    /** A major version element of a package path ({@code v2}), which the go command does not name a binary after. */
    private static boolean isMajorVersion(String name) {
        if (name.length() < 2 || name.charAt(0) != 'v') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
