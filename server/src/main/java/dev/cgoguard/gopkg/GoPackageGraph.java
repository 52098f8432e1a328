package dev.cgoguard.gopkg;

import dev.cgoguard.cache.Identity;
import dev.cgoguard.parallel.ComputedOnce;
import dev.cgoguard.workspace.GoSourceAccess;
import dev.cgoguard.workspace.Workspace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Go package graph of a workspace snapshot, read from file headers, go.mod/go.work and
 * vendor manifests (never by running {@code go}): which packages a build command names, and what
 * they reach under a build context. One graph per snapshot; headers are parsed once per file version.
 */
public final class GoPackageGraph {
    /** The graphs of each snapshot, by what they may read outside it (one, in practice). */
    private static final Map<Workspace, Map<GoSourceAccess, GoPackageGraph>> GRAPHS = Collections.synchronizedMap(new WeakHashMap<>());

    private record Walk(List<ReachTarget> targets, PackageReach reach, Set<String> filesRead) {
    }

    /**
     * What one walk of the graph found, whatever patterns and folder named its roots: the reach
     * (with no go version: that is the working folder's), the files the walk read resolving
     * imports, and every package it reached.
     */
    private record Reached(PackageReach reach, Set<String> filesRead, List<GoPackage> visited) {
    }

    /**
     * The roots of a walk as resolved: the names reported and the very package objects (a module
     * scope hands out one object per package), under one build context. Patterns that resolve to
     * the same roots ({@code ./...} and {@code ./cmd/... ./pkg/...}, the same command run from two
     * folders of a module) share one walk.
     */
    private record Roots(List<String> names, List<Identity<GoPackage>> packages, BuildContext context) {
        static Roots of(List<ReachTarget> targets, BuildContext context) {
            return new Roots(targets.stream().map(ReachTarget::name).toList(),
                    targets.stream().map(t -> new Identity<>(t.pkg())).toList(), context);
        }

        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Roots that
                    && Objects.equals(names, that.names)
                    && Objects.equals(packages, that.packages)
                    && Objects.equals(context, that.context);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(names);
            hash = 31 * hash + Objects.hashCode(packages);
            hash = 31 * hash + Objects.hashCode(context);
            return hash;
        }
    }


    private record WalkKey(String workingDirectory, List<String> patterns, BuildContext context) {
        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof WalkKey that
                    && Objects.equals(workingDirectory, that.workingDirectory)
                    && Objects.equals(patterns, that.patterns)
                    && Objects.equals(context, that.context);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(workingDirectory);
            hash = 31 * hash + Objects.hashCode(patterns);
            hash = 31 * hash + Objects.hashCode(context);
            return hash;
        }
    }

    /** The modules a build sees from a folder: the go.work above it, else its module (either may be null). */
    private record ScopeKey(GoWorkFile work, GoModFile module) {
        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof ScopeKey that
                    && Objects.equals(work, that.work)
                    && Objects.equals(module, that.module);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(work);
            hash = 31 * hash + Objects.hashCode(module);
            return hash;
        }
    }

    /**
     * What the walks from the folders of one module scope share: the scope, its resolver (import
     * paths resolved once), and each package's import edges (once for all the build contexts that
     * select the same files of it).
     */
    private record Scope(ModuleScope modules, PackageResolver resolver, ReachWalker.EdgeCache edges,
            ComputedOnce<Roots, Reached> walks) {
    }

    private final WorkspaceIndex index;
    private final GoEnvironment environment;
    private final StdLibraryTable stdTable;
    private final KnownModuleTable knownModules;
    private final ComputedOnce<WalkKey, Walk> walks = new ComputedOnce<>();
    private final GraphCaches caches;
    private final Map<ScopeKey, Scope> scopes = new ConcurrentHashMap<>();

    private GoPackageGraph(WorkspaceIndex index, GoEnvironment environment) {
        this.index = index;
        this.environment = environment;
        // only the Go sources the settings name may be read outside the workspace (GOROOT/src, which Debian
        // links elsewhere, the module cache, given folders); by default nothing
        this.caches = new GraphCaches(index.gate.withReadOnlyRoots(environment.readOnlyRoots()));
        this.stdTable = StdLibraryTable.standard();
        this.knownModules = KnownModuleTable.standard();
    }

    /** The graph of a snapshot that reads nothing outside it (the default); built once per snapshot. */
    public static GoPackageGraph of(Workspace workspace) {
        return of(workspace, GoSourceAccess.NONE);
    }

    /**
     * The graph of a snapshot that may read the Go sources outside it that {@code access} names (GOROOT
     * and the module cache of this machine are looked for only when named); built once per snapshot
     * and access.
     */
    public static GoPackageGraph of(Workspace workspace, GoSourceAccess access) {
        GoSourceAccess key = access == null ? GoSourceAccess.NONE : access;
        Map<GoSourceAccess, GoPackageGraph> graphs;
        synchronized (GRAPHS) {
            graphs = GRAPHS.computeIfAbsent(workspace, w -> new ConcurrentHashMap<>());
        }
        return graphs.computeIfAbsent(key, a -> of(workspace, GoEnvironment.of(a)));
    }

    /** A graph of a snapshot reading the given Go sources outside it (GOROOT and module cache may be null); not kept. */
    public static GoPackageGraph of(Workspace workspace, GoEnvironment environment) {
        return new GoPackageGraph(WorkspaceIndex.of(workspace), environment);
    }

    /**
     * The packages that patterns name, run from a workspace folder ("" is the root): import paths,
     * or the workspace folder of the files for a list of {@code .go} files. Names that cannot be
     * found are returned as given.
     */
    public List<String> resolvePatterns(String workingDirectory, List<String> patterns) {
        String wd = normalise(workingDirectory);
        Scope scope = scope(wd);
        return new PatternResolver(index, scope.modules(), scope.resolver(), new ArrayList<>()).resolve(wd, patterns).stream()
                .map(ReachTarget::name).toList();
    }

    /** What the named packages reach when built under the context. */
    public PackageReach reach(String workingDirectory, List<String> patterns, BuildContext context) {
        return walk(workingDirectory, patterns, context).reach();
    }

    /** The {@code toolchain} (go1.22.3 -> 1.22.3) or {@code go} line of the module containing the folder. */
    public Optional<String> goVersion(String workingDirectory) {
        String wd = normalise(workingDirectory);
        GoModFile mod = index.moduleOf(wd);
        if (mod != null && mod.effectiveGoVersion() != null) {
            return Optional.of(mod.effectiveGoVersion());
        }
        GoWorkFile work = index.workOf(wd);
        if (work != null) {
            if (work.toolchain() != null && work.toolchain().startsWith("go1")) {
                return Optional.of(work.toolchain().substring(2));
            }
            return Optional.ofNullable(work.goVersion());
        }
        return Optional.empty();
    }

    /**
     * The workspace files the result of {@link #reach} depends on (workspace-relative): the Go files of
     * every workspace and vendored package reached (test files aside), and the go.mod, go.work and
     * vendor/modules.txt files consulted.
     */
    public Set<String> filesRead(String workingDirectory, List<String> patterns, BuildContext context) {
        return walk(workingDirectory, patterns, context).filesRead();
    }

    private Walk walk(String workingDirectory, List<String> patterns, BuildContext context) {
        String wd = normalise(workingDirectory);
        List<String> args = patterns == null ? List.of() : List.copyOf(patterns);
        BuildContext ctx = context == null ? BuildContext.linuxAmd64(Set.of(), true) : context;
        return walks.get(new WalkKey(wd, args, ctx), key -> compute(wd, args, ctx));
    }

    private Walk compute(String wd, List<String> patterns, BuildContext context) {
        Scope shared = scope(wd);
        ModuleScope scope = shared.modules();
        Set<String> read = new HashSet<>();
        List<ReachTarget> targets = new PatternResolver(index, scope, shared.resolver(), read).resolve(wd, patterns);
        Reached reached = shared.walks().get(Roots.of(targets, context), roots -> {
            Set<String> walkRead = new HashSet<>();
            ReachWalker walker = new ReachWalker(shared.resolver(), context, stdTable, knownModules, caches, walkRead,
                    shared.edges());
            return new Reached(walker.walk(targets, null), walkRead, List.copyOf(walker.reached()));
        });
        PackageReach reach = withGoVersion(reached.reach(), goVersion(wd).orElse(null));
        return new Walk(targets, reach, new LazySet<>(() -> filesRead(scope, read, reached, targets)));
    }

    private static PackageReach withGoVersion(PackageReach r, String goVersion) {
        return new PackageReach(r.targets(), r.resolver(), r.userLookup(), r.cgoPackages(), r.cgoRequiredModules(), r.tls(),
                r.embedsTzdata(), r.unknownImports(), goVersion, r.cgoRequiredPackages(), r.callSites(), r.cutHeaders());
    }

    /** The files a walk read: computed only when asked (an editor asks, to know what an edit invalidates; a lint never does). */
    private Set<String> filesRead(ModuleScope scope, Set<String> read, Reached reached, List<ReachTarget> targets) {
        List<GoPackage> visited = reached.visited();
        Set<String> files = new TreeSet<>(scope.filesRead);
        files.addAll(read);
        files.addAll(reached.filesRead());
        for (ReachTarget target : targets) {
            if (target.pkg() != null && target.pkg().importPath().equals(PatternResolver.FILE_LIST_PACKAGE)) {
                target.pkg().files().forEach(f -> files.add(f.path()));
            }
        }
        for (GoPackage pkg : visited) {
            if ((pkg.origin() == PackageOrigin.WORKSPACE || pkg.origin() == PackageOrigin.VENDOR)
                    && !pkg.importPath().equals(PatternResolver.FILE_LIST_PACKAGE)) {
                for (GoFileHeader file : pkg.files()) {
                    if (!file.path().endsWith("_test.go")) {
                        files.add(file.path());
                    }
                }
                GoModFile mod = index.moduleOf(pkg.dir());
                if (mod != null && pkg.origin() == PackageOrigin.WORKSPACE) {
                    files.add(mod.path());
                }
            }
        }
        return Collections.unmodifiableSet(files);
    }

    private Scope scope(String wd) {
        GoWorkFile work = index.workOf(wd);
        ScopeKey key = new ScopeKey(work, work == null ? index.moduleOf(wd) : null);
        return scopes.computeIfAbsent(key, k -> {
            ModuleScope modules = new ModuleScope(index, wd);
            return new Scope(modules, new PackageResolver(index, modules, environment, knownModules, caches),
                    new ReachWalker.EdgeCache(), new ComputedOnce<>());
        });
    }

    private static String normalise(String workingDirectory) {
        if (workingDirectory == null) {
            return "";
        }
        String resolved = WorkspacePaths.resolve("", workingDirectory.replace('\\', '/'));
        return resolved == null ? "" : resolved;
    }
}
