package dev.cgoguard.shell;

import java.util.ArrayList;
import java.util.List;

/** Resolves {@code cd} targets against a working directory relative to the workspace root. */
final class WorkingDirectory {
    /**
     * How a path computed from the workspace's own folder on the build machine is written
     * ({@code $(cd "$(dirname "$0")" && pwd)} gives {@code <workspace>/hack}): where the workspace
     * lies there is not known, but the folder it names inside the workspace is.
     */
    static final String WORKSPACE = "<workspace>";

    private WorkingDirectory() {
    }

    /** {@code <workspace>} followed by {@code folder} ({@code ""}: the root). */
    static String inWorkspace(String folder) {
        return folder.isEmpty() ? WORKSPACE : WORKSPACE + "/" + folder;
    }

    /**
     * The directory after {@code cd target} from {@code current}: absolute targets stay absolute,
     * relative ones are joined and normalised ({@code ""} is the workspace root), one written from
     * {@link #WORKSPACE} is that folder of the workspace wherever the script stands; null when unknown
     * or above the workspace root.
     */
    static String resolve(String current, String target) {
        if (target == null) {
            return null;
        }
        if (target.equals(WORKSPACE) || target.startsWith(WORKSPACE + "/")) {
            String inside = normalise(target.substring(WORKSPACE.length()), false);
            return inside.equals("..") || inside.startsWith("../") ? null : inside;
        }
        if (target.startsWith("/")) {
            return "/" + normalise(target.substring(1), true);
        }
        if (current == null) {
            return null;
        }
        String joined = current.isEmpty() ? target : current + "/" + target;
        if (current.startsWith("/")) {
            return "/" + normalise(joined.substring(1), true);
        }
        return normalise(joined, false);
    }

    private static String normalise(String path, boolean absolute) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                parts.remove(parts.size() - 1);
            } else if (part.equals("..") && absolute) {
                continue;
            } else {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }
}
