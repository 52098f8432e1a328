package dev.cgoguard.gopkg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the package for an import path the way the go command would in module mode: the main
 * modules, replacements, the standard library (GOROOT or the table), {@code vendor/}, the module
 * cache; then, as cgoguard's own fallbacks, another module of the workspace with that path and
 * the known-module table. Results are memoised and shared by the walks of one module scope, each
 * walk told which files a resolution read; safe for concurrent use.
 */
final class PackageResolver {
    private static final String GOROOT_KEY = "goroot:";
    private static final GoPackage NOT_FOUND = new GoPackage("", PackageOrigin.STD_TABLE, null, List.of());

    private final WorkspaceIndex index;
    private final ModuleScope scope;
    private final GoEnvironment environment;
    private final KnownModuleTable knownModules;
    private final GraphCaches caches;
    private final Map<String, Resolution> memo = new ConcurrentHashMap<>();
    private final Map<String, GoPackage> workspacePackages = new ConcurrentHashMap<>();
    /** The files the resolution being computed on this thread reads (go.mod files of other modules). */
    private final ThreadLocal<List<String>> reading = new ThreadLocal<>();

    /** A memoised resolution and the files it read, which every walk that uses it has read too. */
    private record Resolution(GoPackage pkg, List<String> filesRead) {
    }

    PackageResolver(WorkspaceIndex index, ModuleScope scope, GoEnvironment environment, KnownModuleTable knownModules,
            GraphCaches caches) {
        this.index = index;
        this.caches = caches;
        this.scope = scope;
        this.environment = environment;
        this.knownModules = knownModules;
    }

    /**
     * The package an import in {@code importer} names, or empty when it cannot be found; the files
     * the resolution read are added to {@code filesRead}. Safe to call from several threads (a
     * walk resolves the imports of the packages it is about to visit in parallel, which reads their
     * headers); every caller gets the same package object for the same import.
     */
    Optional<GoPackage> resolve(String importPath, GoPackage importer, Collection<String> filesRead) {
        boolean fromGoroot = importer != null && importer.origin() == PackageOrigin.GOROOT;
        String key = memoKey(importPath, importer);
        Resolution resolution = memo.get(key);
        if (resolution == null) {
            List<String> read = new ArrayList<>();
            reading.set(read);
            try {
                GoPackage p = fromGoroot ? fromGorootVendor(importPath) : null;
                if (p == null) {
                    p = find(importPath);
                }
                resolution = new Resolution(p == null ? NOT_FOUND : p, List.copyOf(read));
            } finally {
                reading.remove();
            }
            Resolution first = memo.putIfAbsent(key, resolution);
            resolution = first != null ? first : resolution;
        }
        filesRead.addAll(resolution.filesRead());
        return resolution.pkg() == NOT_FOUND ? Optional.empty() : Optional.of(resolution.pkg());
    }

    /**
     * What a resolution is memoised under: the import path, told apart when a package of GOROOT
     * imports it (GOROOT's own vendor folder comes first then).
     */
    static String memoKey(String importPath, GoPackage importer) {
        return importer != null && importer.origin() == PackageOrigin.GOROOT ? GOROOT_KEY + importPath : importPath;
    }

    /** Whether the resolution memoised under a {@link #memoKey} is known. */
    boolean isResolved(String memoKey) {
        return memo.containsKey(memoKey);
    }

    /** The workspace package in a folder, named by its import path (one object per folder). */
    GoPackage workspacePackage(String dir) {
        GoPackage pkg = workspacePackages.get(dir);
        if (pkg == null) {
            pkg = new GoPackage(importPathOfDir(dir), PackageOrigin.WORKSPACE, dir, index.headersIn(dir));
            GoPackage first = workspacePackages.putIfAbsent(dir, pkg);
            pkg = first != null ? first : pkg;
        }
        return pkg;
    }

    private void read(String path) {
        List<String> into = reading.get();
        if (into != null) {
            into.add(path);
        }
    }

    /** The import path of a workspace folder: its module path and the folder below the module, else {@code _/<absolute folder>}. */
    String importPathOfDir(String dir) {
        GoModFile mod = index.moduleOf(dir);
        if (mod == null && scope.gopath != null && !GopathRoot.thirdParty(dir)) {
            return scope.gopath.importPathOf(dir);
        }
        if (mod != null) {
            String vendored = vendoredPath(mod.dir(), dir);
            if (vendored != null) {
                return vendored;
            }
        }
        if (mod == null || mod.modulePath() == null) {
            return "_" + index.root.resolve(dir).normalize().toString().replace('\\', '/');
        }
        String rel = dir.equals(mod.dir()) ? "" : dir.substring(mod.dir().isEmpty() ? 0 : mod.dir().length() + 1);
        return rel.isEmpty() ? mod.modulePath() : mod.modulePath() + "/" + rel;
    }

    /** The import path of a folder in a module's vendor/ tree ({@code vendor/github.com/x/y} is {@code github.com/x/y}), or null. */
    private static String vendoredPath(String moduleDir, String dir) {
        String prefix = moduleDir.isEmpty() ? "vendor/" : moduleDir + "/vendor/";
        return dir.startsWith(prefix) && dir.length() > prefix.length() ? dir.substring(prefix.length()) : null;
    }

    static boolean isStandardLibraryPath(String importPath) {
        int slash = importPath.indexOf('/');
        String first = slash < 0 ? importPath : importPath.substring(0, slash);
        return !first.contains(".") && !first.startsWith("_");
    }

    private GoPackage find(String importPath) {
        GoModFile main = scope.mainModuleFor(importPath);
        if (main != null) {
            return workspaceAt(WorkspacePaths.join(main.dir(), suffix(main.modulePath(), importPath)), importPath);
        }
        ModuleScope.Replacement replacement = scope.replacementFor(importPath);
        if (replacement != null) {
            return replaced(replacement, importPath);
        }
        if (scope.gopath != null && scope.gopath.folderOf(importPath) != null) {
            GoPackage own = workspaceAt(scope.gopath.folderOf(importPath), importPath);
            if (own != null) {
                return own;
            }
        }
        if (isStandardLibraryPath(importPath)) {
            return standardLibrary(importPath);
        }
        if (scope.godepsWorkspace) {
            String dir = "Godeps/_workspace/src/" + importPath;
            if (index.hasGoFiles(dir)) {
                return new GoPackage(importPath, PackageOrigin.VENDOR, dir, index.headersIn(dir));
            }
        }
        if (scope.vendorRoot != null) {
            String dir = WorkspacePaths.join(scope.vendorRoot, "vendor/" + importPath);
            GoPackage vendored = index.hasGoFiles(dir)
                    ? new GoPackage(importPath, PackageOrigin.VENDOR, dir, index.headersIn(dir)) : null;
            return vendored != null ? vendored : knownOnly(importPath);
        }
        String module = scope.requiredModuleFor(importPath);
        if (module != null) {
            GoPackage cached = fromModuleCache(module, scope.requires.get(module), importPath);
            if (cached != null) {
                return cached;
            }
        }
        for (GoModFile mod : index.modsByDir.values()) {
            if (mod.modulePath() != null && ModuleScope.covers(mod.modulePath(), importPath)) {
                read(mod.path());
                return workspaceAt(WorkspacePaths.join(mod.dir(), suffix(mod.modulePath(), importPath)), importPath);
            }
        }
        return knownOnly(importPath);
    }

    private GoPackage workspaceAt(String dir, String importPath) {
        return index.hasGoFiles(dir) ? new GoPackage(importPath, PackageOrigin.WORKSPACE, dir, index.headersIn(dir)) : null;
    }

    private GoPackage replaced(ModuleScope.Replacement r, String importPath) {
        ModuleReplacement replacement = r.replacement();
        String suffix = suffix(replacement.oldPath(), importPath);
        if (!replacement.isLocal()) {
            return fromModuleCache(replacement.newPath(), replacement.newVersion(),
                    suffix.isEmpty() ? replacement.newPath() : replacement.newPath() + "/" + suffix);
        }
        String moduleDir = WorkspacePaths.resolve(r.baseDir(), replacement.newPath());
        if (moduleDir != null) {
            GoModFile mod = index.modsByDir.get(moduleDir);
            if (mod != null) {
                read(mod.path());
            }
            GoPackage inside = workspaceAt(WorkspacePaths.join(moduleDir, suffix), importPath);
            return inside != null ? inside : knownOnly(importPath);
        }
        Path base = Path.of(replacement.newPath()).isAbsolute() ? Path.of(replacement.newPath())
                : index.root.resolve(r.baseDir()).resolve(replacement.newPath());
        Path dir = (suffix.isEmpty() ? base : base.resolve(suffix)).normalize();
        List<GoFileHeader> files = caches.diskHeaders(dir);
        if (files == null || files.isEmpty()) {
            return knownOnly(importPath);
        }
        return new GoPackage(importPath, PackageOrigin.LOCAL_REPLACEMENT, dir.toString(), files);
    }

    private GoPackage standardLibrary(String importPath) {
        if (environment.goroot() == null) {
            return new GoPackage(importPath, PackageOrigin.STD_TABLE, null, List.of());
        }
        Path dir = environment.goroot().resolve("src").resolve(importPath);
        List<GoFileHeader> files = caches.diskHeaders(dir);
        return files == null || files.isEmpty() ? null : new GoPackage(importPath, PackageOrigin.GOROOT, dir.toString(), files);
    }

    private GoPackage fromGorootVendor(String importPath) {
        if (environment.goroot() == null || isStandardLibraryPath(importPath)) {
            return null;
        }
        Path dir = environment.goroot().resolve("src").resolve("vendor").resolve(importPath);
        List<GoFileHeader> files = caches.diskHeaders(dir);
        return files == null || files.isEmpty() ? null : new GoPackage(importPath, PackageOrigin.GOROOT, dir.toString(), files);
    }

    private GoPackage fromModuleCache(String module, String version, String importPath) {
        Path dir = ModuleCachePaths.packageDir(environment.moduleCache(), module, version, importPath);
        List<GoFileHeader> files = dir == null ? null : caches.diskHeaders(dir);
        if (files == null || files.isEmpty()) {
            return null;
        }
        return new GoPackage(importPath, PackageOrigin.MODULE_CACHE, dir.toString(), files);
    }

    private GoPackage knownOnly(String importPath) {
        return knownModules.lookup(importPath).isPresent()
                ? new GoPackage(importPath, PackageOrigin.KNOWN_MODULE, null, List.of()) : null;
    }

    private static String suffix(String modulePath, String importPath) {
        return importPath.equals(modulePath) ? "" : importPath.substring(modulePath.length() + 1);
    }
}
