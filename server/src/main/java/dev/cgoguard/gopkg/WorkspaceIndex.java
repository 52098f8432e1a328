package dev.cgoguard.gopkg;

import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.PathGate;
import dev.cgoguard.workspace.ScanLimits;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Go side of one workspace snapshot: the Go files by folder (their headers read only for the
 * folders a walk asks for), the go.mod and go.work files by folder, and the vendor manifests.
 * Holds no reference to the snapshot itself.
 */
final class WorkspaceIndex {
    final Path root;
    /** The gate of the snapshot: the vendor manifests are read through it. */
    final PathGate gate;
    /** The Go files of each folder, in path order; their headers are read when a folder is first asked for. */
    private final Map<String, List<WorkspaceFile>> goFilesByDir;
    private final Map<String, List<GoFileHeader>> headersByDir = new ConcurrentHashMap<>();
    final Map<String, GoModFile> modsByDir;
    final Map<String, GoWorkFile> worksByDir;
    private final Map<String, VendorManifest> vendorManifests = new HashMap<>();
    private java.util.Optional<GopathRoot> gopathRoot;

    private WorkspaceIndex(PathGate gate, Map<String, List<WorkspaceFile>> goFilesByDir, Map<String, GoModFile> modsByDir,
            Map<String, GoWorkFile> worksByDir) {
        this.root = gate.root();
        this.gate = gate;
        this.goFilesByDir = goFilesByDir;
        this.modsByDir = modsByDir;
        this.worksByDir = worksByDir;
    }

    static WorkspaceIndex of(Workspace workspace) {
        Map<String, List<WorkspaceFile>> byDir = new HashMap<>();
        Map<String, GoModFile> mods = new TreeMap<>();
        Map<String, GoWorkFile> works = new TreeMap<>();
        for (WorkspaceFile file : workspace.files().values()) { // the snapshot's files are sorted by path
            if (file.kind() == FileKind.GO) {
                byDir.computeIfAbsent(WorkspacePaths.parent(file.path()), k -> new ArrayList<>()).add(file);
            } else if (file.kind() == FileKind.GO_MOD) {
                if (!file.path().startsWith("vendor/") && !file.path().contains("/vendor/")) {
                    GoModFile mod = GoModParser.parseMod(file.path(), file.content());
                    mods.put(mod.dir(), mod);
                }
            } else if (file.kind() == FileKind.GO_WORK) {
                GoWorkFile work = GoModParser.parseWork(file.path(), file.content());
                works.put(work.dir(), work);
            }
        }
        return new WorkspaceIndex(workspace.gate(), byDir, mods, works);
    }

    /** The headers of the Go files directly in a workspace folder, sorted by name; empty when none. Read on first use. */
    List<GoFileHeader> headersIn(String dir) {
        List<WorkspaceFile> files = goFilesByDir.get(dir);
        if (files == null) {
            return List.of();
        }
        List<GoFileHeader> headers = headersByDir.get(dir);
        if (headers == null) { // read outside any lock (the read is parallel); the first list stored is everyone's
            headers = WorkspaceHeaders.parseAll(root, files);
            List<GoFileHeader> first = headersByDir.putIfAbsent(dir, headers);
            headers = first != null ? first : headers;
        }
        return headers;
    }

    /** Reads the headers of the Go files of these folders, in parallel, ahead of the walk that asks for them. */
    void readAhead(Collection<String> dirs) {
        List<WorkspaceFile> files = new ArrayList<>();
        for (String dir : dirs) {
            if (!headersByDir.containsKey(dir)) {
                files.addAll(goFilesByDir.getOrDefault(dir, List.of()));
            }
        }
        if (files.size() > 1) {
            WorkspaceHeaders.parseAll(root, files); // kept in the cache of parsed headers
        }
    }

    /** The names of the Go files directly in a workspace folder (no header read). */
    List<String> goFileNamesIn(String dir) {
        return goFilesByDir.getOrDefault(dir, List.of()).stream().map(f -> FileNameRules.fileName(f.path())).toList();
    }

    boolean hasGoFiles(String dir) {
        return goFilesByDir.containsKey(dir);
    }

    /** Every folder that holds Go files. */
    Iterable<String> goDirs() {
        return Collections.unmodifiableSet(goFilesByDir.keySet());
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
                if (gate.isRegularFile(file)) {
                    return VendorManifest.parse(new String(gate.readAll(file, ScanLimits.MAX_FILE_BYTES), StandardCharsets.UTF_8));
                }
            } catch (java.io.IOException | RuntimeException e) {
                return VendorManifest.empty();
            }
            return VendorManifest.empty();
        });
    }

    boolean hasVendorManifest(String moduleDir) {
        return gate.isRegularFile(root.resolve(WorkspacePaths.join(moduleDir, "vendor/modules.txt")));
    }
}
