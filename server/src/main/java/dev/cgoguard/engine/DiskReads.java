package dev.cgoguard.engine;

import dev.cgoguard.workspace.FileProblem;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Go files kept on disk gave once read (a build reached their package, a rule needed their
 * text): their suppression comments and why some could not be read. A file is read at most once in a
 * snapshot and stays read, so an editor's next analysis of the same records looks again only at the
 * files still unread, not at every file of the workspace.
 */
final class DiskReads {
    /** The records not read when last looked at, in path order. */
    private final List<WorkspaceFile> unread;
    /** The comments of the records read that hold the marker, by path. */
    private final Map<String, List<Suppression>> suppressions;
    /** Why records read could not be read as text, in path order. */
    private final List<FileProblem> problems;

    /** {@link WorkspaceFile#readsSoFar} before the records were looked at. */
    private final long readsBefore;

    private DiskReads(List<WorkspaceFile> unread, Map<String, List<Suppression>> suppressions, List<FileProblem> problems,
            long readsBefore) {
        this.readsBefore = readsBefore;
        this.unread = unread;
        this.suppressions = suppressions;
        this.problems = problems;
    }

    /** Looks at every file of the snapshot kept on disk. */
    static DiskReads of(Workspace workspace, SuppressionParser parser) {
        List<WorkspaceFile> onDisk = new ArrayList<>();
        for (WorkspaceFile file : workspace.files().values()) {
            if (file.diskPath() != null) {
                onDisk.add(file);
            }
        }
        return new DiskReads(List.of(), Map.of(), List.of(), 0).with(onDisk, parser);
    }

    /**
     * The same records looked at again: those read since join (this, when none was). Only for a
     * snapshot that holds the very records this was made from.
     */
    DiskReads since(SuppressionParser parser) {
        long reads = WorkspaceFile.readsSoFar();
        if (reads == readsBefore) {
            return this; // no record has been read since these were looked at
        }
        for (WorkspaceFile file : unread) {
            if (file.readOutcome() != null) {
                return with(unread, parser);
            }
        }
        return new DiskReads(unread, suppressions, problems, reads); // the records read were others'
    }

    private DiskReads with(List<WorkspaceFile> candidates, SuppressionParser parser) {
        long readsBefore = WorkspaceFile.readsSoFar();
        List<WorkspaceFile> stillUnread = new ArrayList<>();
        Map<String, List<Suppression>> comments = null;
        List<FileProblem> unreadable = null;
        for (WorkspaceFile file : candidates) {
            if (file.readOutcome() == null) {
                stillUnread.add(file);
                continue;
            }
            String problem = file.readProblem();
            if (problem != null) {
                if (unreadable == null) {
                    unreadable = new ArrayList<>(problems);
                }
                unreadable.add(new FileProblem(file.path(), problem));
            } else if (file.mayHoldSuppression()) {
                List<Suppression> found = parser.parse(file.path(), file.kind(), file.content());
                if (!found.isEmpty()) {
                    if (comments == null) {
                        comments = new HashMap<>(suppressions);
                    }
                    comments.put(file.path(), List.copyOf(found));
                }
            }
        }
        if (unreadable != null) {
            unreadable.sort((a, b) -> a.path().compareTo(b.path()));
        }
        return new DiskReads(List.copyOf(stillUnread), comments == null ? suppressions : Map.copyOf(comments),
                unreadable == null ? problems : List.copyOf(unreadable), readsBefore);
    }

    /** The index with the comments of the records read added. */
    SuppressionIndex addTo(SuppressionIndex index) {
        if (suppressions.isEmpty()) {
            return index;
        }
        Map<String, List<Suppression>> byPath = new HashMap<>(index.byPath());
        byPath.putAll(suppressions);
        return new SuppressionIndex(byPath);
    }

    /**
     * The problems of the snapshot: those found by its scan and those of the records read, in path
     * order.
     */
    List<FileProblem> problemsOf(Workspace workspace) {
        if (problems.isEmpty()) {
            return workspace.problems();
        }
        List<FileProblem> all = new ArrayList<>(workspace.problems());
        all.addAll(problems);
        all.sort((a, b) -> a.path().compareTo(b.path()));
        return List.copyOf(all);
    }
}
