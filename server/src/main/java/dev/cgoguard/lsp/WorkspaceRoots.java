package dev.cgoguard.lsp;

import dev.cgoguard.workspace.ScanLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceFolder;

/** The workspace folders of the session: one {@link WorkspaceRoot} (and one analysis) per folder. */
final class WorkspaceRoots {
    private final List<WorkspaceRoot> roots = new CopyOnWriteArrayList<>();
    private volatile ScanLimits limits = ScanLimits.DEFAULTS;

    /** The limits each folder's scan keeps to (the {@code maxFiles} setting). */
    ScanLimits limits() {
        return limits;
    }

    /** Takes new limits; when they differ, every folder is scanned again under them. */
    void limits(ScanLimits updated) {
        if (!updated.equals(limits)) {
            limits = updated;
            roots.forEach(WorkspaceRoot::rescan);
        }
    }

    /** Takes the folders of {@code initialize}: workspaceFolders, else rootUri, else rootPath. */
    @SuppressWarnings("deprecation")
    void initialize(InitializeParams params) {
        List<Path> paths = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
                DocumentUris.toPath(folder.getUri()).ifPresent(paths::add);
            }
        }
        if (paths.isEmpty() && params.getRootUri() != null) {
            DocumentUris.toPath(params.getRootUri()).ifPresent(paths::add);
        }
        if (paths.isEmpty() && params.getRootPath() != null && !params.getRootPath().isBlank()) {
            try {
                paths.add(Path.of(params.getRootPath()));
            } catch (java.nio.file.InvalidPathException e) {
                // no usable root
            }
        }
        paths.forEach(this::add);
    }

    void add(Path path) {
        WorkspaceRoot root = new WorkspaceRoot(path);
        if (roots.stream().noneMatch(r -> r.path().equals(root.path()))) {
            roots.add(root);
        }
    }

    void remove(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        roots.removeIf(r -> r.path().equals(normalized));
    }

    List<WorkspaceRoot> all() {
        return List.copyOf(roots);
    }

    /** The innermost root that contains the file of a URI. */
    Optional<WorkspaceRoot> rootOf(String uri) {
        return DocumentUris.toPath(uri).flatMap(path -> roots.stream()
                .filter(r -> r.relativePath(path).isPresent())
                .max(Comparator.comparingInt(r -> r.path().getNameCount())));
    }

    /** Every root that contains the file of a URI (nested folders both see it). */
    List<WorkspaceRoot> rootsContaining(String uri) {
        Optional<Path> path = DocumentUris.toPath(uri);
        if (path.isEmpty()) {
            return List.of();
        }
        return roots.stream().filter(r -> r.relativePath(path.get()).isPresent()).toList();
    }
}
