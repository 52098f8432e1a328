package dev.cgoguard.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The files of a snapshot by folder, built once: what a glob, "the files in this folder" and
 * "is anything under this folder" ask, answered by looking at the folders concerned instead of
 * every path of the snapshot.
 */
final class PathIndex {
    /** Each folder ("" the root) with the names of its files and sub-folders that hold files, sorted. */
    private final Map<String, TreeSet<String>> children = new HashMap<>();

    PathIndex(Collection<String> paths) {
        for (String path : paths) {
            String child = path;
            while (true) {
                int slash = child.lastIndexOf('/');
                String parent = slash < 0 ? "" : child.substring(0, slash);
                boolean known = children.containsKey(parent);
                children.computeIfAbsent(parent, k -> new TreeSet<>()).add(child.substring(slash + 1));
                if (known || slash < 0) {
                    break;
                }
                child = parent;
            }
        }
    }

    boolean isFolder(String dir) {
        return children.containsKey(dir);
    }

    /** The paths below {@code base} whose segments match {@code segments} one by one. */
    void match(String base, List<Pattern> segments, Collection<String> into) {
        List<String> level = List.of(base);
        for (int i = 0; i < segments.size(); i++) {
            List<String> next = new ArrayList<>();
            for (String dir : level) {
                TreeSet<String> names = children.get(dir);
                if (names == null) {
                    continue;
                }
                for (String name : names) {
                    if (segments.get(i).matcher(name).matches()) {
                        next.add(dir.isEmpty() ? name : dir + "/" + name);
                    }
                }
            }
            level = next;
        }
        for (String path : level) {
            if (!children.containsKey(path)) { // a file, not a folder
                into.add(path);
            }
        }
    }
}
