package dev.cgoguard.lsp;

import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.FileProblem;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays the open documents over the disk snapshot of a root (but those the settings exclude). A document is given its editor version;
 * one whose text the previous analysis already saw keeps that file object, so its parsed tree and
 * header are reused, while any other text is a new object and is parsed afresh (a version number that
 * repeats, as after close and reopen, never brings back a stale tree).
 */
final class SnapshotOverlay {
    private SnapshotOverlay() {
    }

    /** The snapshot with the documents laid over it and, for each overlaid path, its editor version. */
    record Result(Workspace workspace, Map<String, Integer> openVersions) {
    }

    static Result overlay(WorkspaceRoot root, Workspace disk, List<TextDocumentBuffer> documents, Workspace previous) {
        Map<String, WorkspaceFile> files = new HashMap<>();
        Map<String, Integer> versions = new HashMap<>();
        List<FileProblem> tooLarge = new java.util.ArrayList<>();
        for (TextDocumentBuffer document : documents) {
            String rel = root.relativePath(document.uri()).orElse(null);
            if (rel == null || root.excluded(rel)) {
                continue;
            }
            if (document.tooLarge() > 0) {
                // as a file that large on disk: not read (and its version on disk is not what the editor holds)
                tooLarge.add(new FileProblem(rel, WorkspaceScanner.tooLarge(document.tooLarge())));
                versions.put(rel, document.version());
                continue;
            }
            FileKind kind = FileKind.classify(rel, firstLine(document.text()));
            if (kind == FileKind.OTHER) {
                continue;
            }
            WorkspaceFile seen = previous == null ? null : previous.files().get(rel);
            if (seen != null && seen.version() == document.version() && seen.kind() == kind
                    && seen.content().equals(document.text())) {
                files.put(rel, seen);
            } else {
                files.put(rel, new WorkspaceFile(rel, kind, new SourceText(document.text()), document.version()));
            }
            versions.put(rel, document.version());
        }
        List<FileProblem> problems = new java.util.ArrayList<>(disk.problems().stream()
                .filter(p -> !versions.containsKey(p.path())).toList());
        problems.addAll(tooLarge);
        Workspace overlaid = disk;
        for (FileProblem problem : tooLarge) {
            if (overlaid.file(problem.path()).isPresent()) {
                overlaid = overlaid.withoutFile(problem.path());
            }
        }
        return new Result(overlaid.withFiles(files, problems), Map.copyOf(versions));
    }

    /** True when two snapshots hold the same files with the same texts (nothing to analyse again). */
    static boolean sameFiles(Workspace a, Workspace b) {
        Set<String> changed = a.problems().equals(b.problems()) ? a.changedPaths(b) : null;
        return changed != null && changed.isEmpty();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
