package dev.cgoguard.lsp;

import dev.cgoguard.config.ExcludeGlobs;
import dev.cgoguard.workspace.ScanLimits;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import dev.cgoguard.workspace.WorkspaceScanner;
import dev.cgoguard.workspace.WorkspaceTooLargeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * One workspace folder of the client: its path as the client names it, and the snapshot of its files
 * on disk, without those the settings exclude. The snapshot is scanned on first use and then kept current file by file from the changes
 * reported by the client; it is only touched on the analysis thread.
 */
final class WorkspaceRoot {
    private final Path path;
    private final Queue<String> changedFiles = new ConcurrentLinkedQueue<>();
    /** URIs by relative path: making one asks the file system whether the path is a folder. */
    private final Map<String, String> uris = new ConcurrentHashMap<>();
    private volatile boolean rescanRequested;
    private volatile ExcludeGlobs excludes = ExcludeGlobs.NONE;
    private Workspace disk;

    WorkspaceRoot(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    Path path() {
        return path;
    }

    /** The path of a file relative to this root (with {@code /}), or empty when it lies outside. */
    Optional<String> relativePath(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        if (!normalized.startsWith(path) || normalized.equals(path)) {
            return Optional.empty();
        }
        return Optional.of(path.relativize(normalized).toString().replace('\\', '/'));
    }

    Optional<String> relativePath(String uri) {
        return DocumentUris.toPath(uri).flatMap(this::relativePath);
    }

    String uriOf(String relPath) {
        return uris.computeIfAbsent(relPath, rel -> DocumentUris.fromPath(path.resolve(rel)));
    }

    /** Marks a file (relative path) to be read again from disk before the next analysis. */
    void fileChanged(String relPath) {
        changedFiles.add(relPath);
    }

    /** Leaves out the paths the settings exclude; other globs than before mean a new scan. */
    void exclude(ExcludeGlobs globs) {
        if (!globs.equals(excludes)) {
            excludes = globs;
            rescanRequested = true;
        }
    }

    /** Whether the settings leave this workspace-relative path out. */
    boolean excluded(String relPath) {
        return excludes.test(relPath);
    }

    void rescan() {
        rescanRequested = true;
    }

    /** True once the folder has been scanned (the first scan is the slow one). */
    boolean scanned() {
        return disk != null && !rescanRequested;
    }

    /**
     * The files on disk: scanned the first time, then refreshed from the reported changes. A folder
     * over the limit of {@code limits} is an empty snapshot, and {@code tell} says so to the user.
     */
    Workspace diskSnapshot(Consumer<String> log, ScanLimits limits, Consumer<String> tell) {
        if (disk == null || rescanRequested) {
            rescanRequested = false;
            changedFiles.clear();
            disk = scan(log, limits, tell);
        }
        String rel;
        while ((rel = changedFiles.poll()) != null) {
            disk = refresh(disk, rel);
        }
        return disk;
    }

    private Workspace scan(Consumer<String> log, ScanLimits limits, Consumer<String> tell) {
        try {
            return new WorkspaceScanner(excludes, limits).scan(path);
        } catch (WorkspaceTooLargeException e) {
            tell.accept("cgoguard: " + e.getMessage());
            return new Workspace(path, Map.of(), List.of());
        } catch (IOException | RuntimeException e) {
            log.accept("cgoguard: cannot scan " + path + ": " + e.getMessage());
            return new Workspace(path, Map.of(), List.of());
        }
    }

    /** Re-reads one path: a file is replaced or removed; a folder that vanished takes its files with it. */
    private Workspace refresh(Workspace workspace, String rel) {
        Path file = workspace.root().resolve(rel);
        Workspace result = workspace.withoutFile(rel);
        if (excluded(rel) || Files.isDirectory(file)) {
            return result;
        }
        if (!Files.exists(file)) {
            String prefix = rel + "/";
            for (String known : workspace.files().keySet()) {
                if (known.startsWith(prefix)) {
                    result = result.withoutFile(known);
                }
            }
            return result;
        }
        try {
            WorkspaceFile read = WorkspaceScanner.read(workspace.gate(), file, rel);
            return read == null ? result : result.withFile(read);
        } catch (WorkspaceScanner.UnreadableFileException e) {
            return result;
        }
    }
}
