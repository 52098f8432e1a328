package dev.cgoguard.gopkg;

import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Go side of one workspace snapshot: file headers by folder, the go.mod and go.work files by
 * folder, and the vendor manifests. Holds no reference to the snapshot itself.
 */
final class WorkspaceIndex {
    final Path root;
    private final Map<String, List<GoFileHeader>> headersByDir;
    final Map<String, GoModFile> modsByDir;
    final Map<String, GoWorkFile> worksByDir;
    private final Map<String, VendorManifest> vendorManifests = new HashMap<>();
    private java.util.Optional<GopathRoot> gopathRoot;

    private WorkspaceIndex(Path root, Map<String, List<GoFileHeader>> headersByDir, Map<String, GoModFile> modsByDir,
            Map<String, GoWorkFile> worksByDir) {
        this.root = root;
        this.headersByDir = headersByDir;
        this.modsByDir = modsByDir;
        this.worksByDir = worksByDir;
    }

    static WorkspaceIndex of(Workspace workspace) {
        List<WorkspaceFile> goFiles = workspace.filesOfKind(FileKind.GO);
        Map<String, GoFileHeader> headers = WorkspaceHeaders.parseAll(workspace.root(), goFiles);
        Map<String, List<GoFileHeader>> byDir = new HashMap<>();
        for (WorkspaceFile file : goFiles) { // the snapshot's files are sorted by path
            byDir.computeIfAbsent(WorkspacePaths.parent(file.path()), k -> new ArrayList<>()).add(headers.get(file.path()));
        }
        Map<String, GoModFile> mods = new TreeMap<>();
        for (WorkspaceFile file : workspace.filesOfKind(FileKind.GO_MOD)) {
            if (!file.path().startsWith("vendor/") && !file.path().contains("/vendor/")) {
                GoModFile mod = GoModParser.parseMod(file.path(), file.content());
                mods.put(mod.dir(), mod);
            }
        }
        Map<String, GoWorkFile> works = new TreeMap<>();
        for (WorkspaceFile file : workspace.filesOfKind(FileKind.GO_WORK)) {
            GoWorkFile work = GoModParser.parseWork(file.path(), file.content());
            works.put(work.dir(), work);
        }
        return new WorkspaceIndex(workspace.root(), byDir, mods, works);
    }

    /** The headers of the Go files directly in a workspace folder, sorted by name; empty when none. */
    List<GoFileHeader> headersIn(String dir) {
        return headersByDir.getOrDefault(dir, List.of());
    }

    boolean hasGoFiles(String dir) {
        return headersByDir.containsKey(dir);
    }

    /** Every folder that holds Go files. */
    Iterable<String> goDirs() {
        return Collections.unmodifiableSet(headersByDir.keySet());
    }

    /** The go.mod of the module containing a folder: the nearest one at or above it. */
    GoModFile moduleOf(String dir) {
        String current = dir;
        while (true) {
            GoModFile mod = modsByDir.get(current);
            if (mod != null) {
                return mod;
            }
            if (current.isEmpty()) {
                return null;
            }
            current = WorkspacePaths.parent(current);
        }
    }

    /** The go.work at or above a folder, as the go command finds it. */
    GoWorkFile workOf(String dir) {
        String current = dir;
        while (true) {
            GoWorkFile work = worksByDir.get(current);
            if (work != null) {
                return work;
            }
            if (current.isEmpty()) {
                return null;
            }
            current = WorkspacePaths.parent(current);
        }
    }

    /** The import path of the workspace root in GOPATH mode (no go.mod covers it), when the tree tells it. */
    synchronized java.util.Optional<GopathRoot> gopathRoot() {
        if (gopathRoot == null) {
            gopathRoot = GopathRoot.infer(this);
        }
        return gopathRoot;
    }

    /** The vendor/modules.txt of a module folder, read from disk (it is not a scanned file kind); empty when absent. */
    synchronized VendorManifest vendorManifest(String moduleDir) {
        return vendorManifests.computeIfAbsent(moduleDir, dir -> {
            Path file = root.resolve(WorkspacePaths.join(dir, "vendor/modules.txt"));
            try {
                if (Files.isRegularFile(file) && Files.size(file) < 16L * 1024 * 1024) {
                    return VendorManifest.parse(Files.readString(file));
                }
            } catch (java.io.IOException | RuntimeException e) {
                return VendorManifest.empty();
            }
            return VendorManifest.empty();
        });
    }

    boolean hasVendorManifest(String moduleDir) {
        return Files.isRegularFile(root.resolve(WorkspacePaths.join(moduleDir, "vendor/modules.txt")));
    }
}
