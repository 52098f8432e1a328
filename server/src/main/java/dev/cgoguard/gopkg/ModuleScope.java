package dev.cgoguard.gopkg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The modules a build run from one folder sees: the main modules (the go.work {@code use} folders,
 * or the module containing the folder), their replacements and requirements, and the vendor folder
 * when the build is in vendor mode. Also records which go.mod/go.work/modules.txt files it read.
 */
final class ModuleScope {
    /** A replacement with the folder its relative paths start from. */
    record Replacement(ModuleReplacement replacement, String baseDir) {
    }

    final List<GoModFile> mainModules = new ArrayList<>();
    final GoWorkFile work;
    final List<Replacement> replacements = new ArrayList<>();
    final Map<String, String> requires = new LinkedHashMap<>();
    /** Workspace-relative folder of the module whose vendor/ is used, or null outside vendor mode. */
    final String vendorRoot;
    final VendorManifest vendor;
    /** The import path of the workspace root when the build runs in GOPATH mode (no go.mod), else null. */
    final GopathRoot gopath;
    /** Whether an old Godeps workspace ({@code Godeps/_workspace/src}) holds dependencies in GOPATH mode. */
    final boolean godepsWorkspace;
    final Set<String> filesRead = new LinkedHashSet<>();

    ModuleScope(WorkspaceIndex index, String workingDirectory) {
        this.work = index.workOf(workingDirectory);
        if (work != null) {
            filesRead.add(work.path());
            for (String use : work.useDirs()) {
                GoModFile mod = index.modsByDir.get(use);
                if (mod != null) {
                    mainModules.add(mod);
                }
            }
            work.replaces().forEach(r -> replacements.add(new Replacement(r, work.dir())));
        } else {
            GoModFile mod = index.moduleOf(workingDirectory);
            if (mod != null) {
                mainModules.add(mod);
            }
        }
        for (GoModFile mod : mainModules) {
            filesRead.add(mod.path());
            mod.replaces().forEach(r -> replacements.add(new Replacement(r, mod.dir())));
            mod.requires().forEach(requires::putIfAbsent);
        }
        this.gopath = work == null && mainModules.isEmpty() ? index.gopathRoot().orElse(null) : null;
        this.godepsWorkspace = gopath != null && hasFilesUnder(index, "Godeps/_workspace/src/");
        String vendorDir = work != null ? work.dir() : mainModules.isEmpty() ? (gopath != null ? "" : null) : mainModules.get(0).dir();
        if (vendorDir != null && (index.hasVendorManifest(vendorDir) || hasVendoredFiles(index, vendorDir))) {
            this.vendorRoot = vendorDir;
            this.vendor = index.vendorManifest(vendorDir);
            if (index.hasVendorManifest(vendorDir)) {
                filesRead.add(WorkspacePaths.join(vendorDir, "vendor/modules.txt"));
            }
        } else {
            this.vendorRoot = null;
            this.vendor = VendorManifest.empty();
        }
    }

    private static boolean hasVendoredFiles(WorkspaceIndex index, String moduleDir) {
        return hasFilesUnder(index, WorkspacePaths.join(moduleDir, "vendor") + "/");
    }

    private static boolean hasFilesUnder(WorkspaceIndex index, String prefix) {
        for (String dir : index.goDirs()) {
            if (dir.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** The main module whose path is the longest prefix of an import path, or null. */
    GoModFile mainModuleFor(String importPath) {
        GoModFile best = null;
        for (GoModFile mod : mainModules) {
            if (mod.modulePath() != null && covers(mod.modulePath(), importPath)
                    && (best == null || mod.modulePath().length() > best.modulePath().length())) {
                best = mod;
            }
        }
        return best;
    }

    /** The replacement for the module that is the longest prefix of an import path, or null. */
    Replacement replacementFor(String importPath) {
        Replacement best = null;
        for (Replacement r : replacements) {
            String old = r.replacement().oldPath();
            if (covers(old, importPath) && (best == null || old.length() > best.replacement().oldPath().length())) {
                best = r;
            }
        }
        return best;
    }

    /** The required module that is the longest prefix of an import path, or null. */
    String requiredModuleFor(String importPath) {
        String best = null;
        for (String module : requires.keySet()) {
            if (covers(module, importPath) && (best == null || module.length() > best.length())) {
                best = module;
            }
        }
        return best;
    }

    static boolean covers(String modulePath, String importPath) {
        return importPath.equals(modulePath) || importPath.startsWith(modulePath + "/");
    }
}
