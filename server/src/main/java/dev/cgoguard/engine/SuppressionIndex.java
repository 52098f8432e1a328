package dev.cgoguard.engine;

import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * The suppression comments of a snapshot, by file path (files without any are left out). An
 * editor's next snapshot reads again only the files that changed. Go files kept on disk are not
 * read for it: their comments join for each analysis from the files read by then
 * ({@link DiskReads}), as a file no build reaches cannot matter.
 */
record SuppressionIndex(Map<String, List<Suppression>> byPath) {
    SuppressionIndex {
        byPath = Map.copyOf(byPath);
    }

    /** Reads every file of the snapshot that holds its text. */
    static SuppressionIndex scan(Workspace workspace, SuppressionParser parser) {
        Map<String, List<Suppression>> byPath = new HashMap<>();
        for (WorkspaceFile file : workspace.files().values()) {
            read(file, parser, byPath);
        }
        return new SuppressionIndex(byPath);
    }

    /** This index with the given paths of {@code workspace} read again (the others are as they were). */
    SuppressionIndex withChanges(Workspace workspace, Set<String> changed, SuppressionParser parser) {
        if (changed.isEmpty()) {
            return this;
        }
        Map<String, List<Suppression>> byPath = new HashMap<>(this.byPath);
        for (String path : changed) {
            byPath.remove(path);
            workspace.file(path).ifPresent(file -> read(file, parser, byPath));
        }
        return new SuppressionIndex(byPath);
    }

    private static void read(WorkspaceFile file, SuppressionParser parser, Map<String, List<Suppression>> into) {
        if (file.diskPath() != null || !file.mayHoldSuppression()) {
            return; // a file kept on disk joins when it has been read
        }
        parse(file, parser, into);
    }

    private static void parse(WorkspaceFile file, SuppressionParser parser, Map<String, List<Suppression>> into) {
        List<Suppression> found = parser.parse(file.path(), file.kind(), file.content());
        if (!found.isEmpty()) {
            into.put(file.path(), List.copyOf(found));
        }
    }
}
