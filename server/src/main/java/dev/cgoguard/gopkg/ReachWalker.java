package dev.cgoguard.gopkg;

import dev.cgoguard.parallel.SharedWorkList;
import dev.cgoguard.workspace.ScanLimits;
import dev.cgoguard.workspace.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Walks the imports of the targets under one build context and collects what the whole build
 * contains (cgo packages, known modules, unknown imports, tzdata), then gives each target its
 * shortest chain to {@code net}, {@code os/user} and {@code crypto/x509}. Work is linear in the
 * packages and imports reached (plus the length of the chains returned); each package's files
 * are selected once.
 */
final class ReachWalker {
    static final String NET = "net";
    static final String OS_USER = "os/user";
    static final String X509 = "crypto/x509";

    /** An import edge of the walk; {@code goImport} is null for edges known from a table. */
    private record Edge(GoPackage from, GoImport goImport, GoPackage to) {
    }

    /**
     * A package's import edges under one build context (with the numbers of the paths they lead to), the imports that led nowhere known, the files
     * resolving them read, and what the walk's summaries look for in a package: call sites in its files
     * built, {@code import "C"} in its files built or in any of its files, and whether it belongs to a
     * known module that needs cgo (looked at only outside the workspace and the standard library).
     */
    private record Edges(List<Edge> edges, int[] pathIds, List<String> unknown, List<String> filesRead,
            List<SourceLocation> cut, boolean callSites, boolean cgoBuilt, boolean cgoFiles, boolean knownCgo) {
    }

    /**
     * The edges of each package in one module scope, by the selection of its files they were computed
     * from (a package's edges follow from the files built): shared by the walks that reach it under
     * any build context that selects the same files (see {@link GraphCaches#selection}).
     */
    static final class EdgeCache {
        private final Map<GoPackage, Map<FileSelection, Edges>> byPackage = new IdentityHashMap<>();

        synchronized Edges get(GoPackage pkg, FileSelection selection) {
            Map<FileSelection, Edges> bySelection = byPackage.get(pkg);
            return bySelection == null ? null : bySelection.get(selection);
        }

        synchronized void put(GoPackage pkg, FileSelection selection, Edges edges) {
            byPackage.computeIfAbsent(pkg, p -> new IdentityHashMap<>()).put(selection, edges);
        }
    }

    /** What stands for the selection of a package known from a table, which has no files. */
    private static final FileSelection NO_FILES = new FileSelection(List.of(), List.of());

    private final PackageResolver resolver;
    private final GraphCaches caches;
    private final Set<String> filesRead;
    private final EdgeCache edgeCache;
    private final BuildContext context;
    private final TagMatcher tags;
    private final TagMatcher tagsWithCgo;
    private final StdLibraryTable stdTable;
    private final KnownModuleTable knownModules;
    private final Map<String, FileSelection> selections = new HashMap<>();
    private final ImportPathIds pathIds;
    /** Every package reached, numbered in the order reached. */
    private final ReachedPackages reached;
    /** By package number: its edges (those {@link ReachedPackages#importsOf} numbers) and the import that first reached it. */
    private final List<List<Edge>> edgesByNumber = new ArrayList<>();
    private final List<GoImport> firstImport = new ArrayList<>();
    /** The numbers of the packages that a package of the workspace imports itself. */
    private final BitSet importedByWorkspace = new BitSet();
    private final Set<String> unknownImports = new TreeSet<>();
    private final Set<SourceLocation> cutHeaders = new LinkedHashSet<>();
    /** The packages reached that the summaries look at (see {@link Edges}), in the order reached. */
    private final List<GoPackage> withCallSites = new ArrayList<>();
    private final List<GoPackage> withCgoBuilt = new ArrayList<>();
    private final List<GoPackage> withCgoFiles = new ArrayList<>();
    private final List<GoPackage> inKnownCgoModules = new ArrayList<>();

    /**
     * @param filesRead where the files read resolving imports are added
     * @param edgeCache the edges already computed in this module scope
     */
    ReachWalker(PackageResolver resolver, BuildContext context, StdLibraryTable stdTable, KnownModuleTable knownModules,
            GraphCaches caches, Set<String> filesRead, EdgeCache edgeCache) {
        this.resolver = resolver;
        this.caches = caches;
        this.filesRead = filesRead;
        this.edgeCache = edgeCache;
        this.context = context;
        this.tags = new TagMatcher(context);
        this.tagsWithCgo = new TagMatcher(new BuildContext(context.goos(), context.goarch(), context.tags(), true,
                context.goVersion()));
        this.stdTable = stdTable;
        this.knownModules = knownModules;
        this.pathIds = caches.pathIds();
        this.reached = new ReachedPackages(pathIds);
    }

    PackageReach walk(List<ReachTarget> targets, String goVersion) {
        List<String> names = new ArrayList<>();
        List<GoPackage> roots = new ArrayList<>();
        for (ReachTarget target : targets) {
            names.add(target.name());
            if (target.pkg() == null) {
                unknownImports.add(target.name());
            } else {
                roots.add(target.pkg());
            }
        }
        closure(roots);
        List<ImportChain> resolverChains = chainsTo(NET, roots);
        List<ImportChain> userChains = chainsTo(OS_USER, roots);
        List<ImportChain> tlsChains = chainsTo(X509, roots);
        boolean tzdata = (context.tags() != null && context.tags().contains("timetzdata")) || reached.numberOf("time/tzdata") >= 0;
        return new PackageReach(List.copyOf(names), resolverChains, userChains, cgoPackages(),
                cgoRequiredModules(), tlsChains, tzdata, List.copyOf(unknownImports), goVersion,
                cgoRequiredPackages(), callSites(), List.copyOf(cutHeaders));
    }

    /** The call sites in the files built of the workspace (and vendored) packages reached. */
    private List<GoCallSite> callSites() {
        List<GoCallSite> sites = new ArrayList<>();
        for (GoPackage pkg : inPathOrder(withCallSites)) {
            for (GoFileHeader file : selection(pkg).files()) {
                sites.addAll(file.callSites());
            }
        }
        return List.copyOf(sites);
    }

    /** Every package the walk reached (each import path once), in the order reached. */
    List<GoPackage> reached() {
        return reached.all();
    }

    /** Packages reached (each import path once), sorted by import path. */
    private static List<GoPackage> inPathOrder(List<GoPackage> reached) {
        List<GoPackage> found = new ArrayList<>(reached);
        found.sort((a, b) -> a.importPath().compareTo(b.importPath()));
        return found;
    }

    /** Notes a package reached in the lists of the summaries that look at it. */
    private void summarise(GoPackage pkg, Edges known) {
        PackageOrigin origin = pkg.origin();
        if (known.callSites() && (origin == PackageOrigin.WORKSPACE || origin == PackageOrigin.VENDOR)) {
            withCallSites.add(pkg);
        }
        if (!origin.isStandardLibrary() && origin.hasFiles()) {
            if (known.cgoBuilt()) {
                withCgoBuilt.add(pkg);
            }
            if (known.cgoFiles()) {
                withCgoFiles.add(pkg);
            }
        }
        if (known.knownCgo()) {
            inKnownCgoModules.add(pkg);
        }
    }

    /**
     * Breadth-first over everything the targets import; each package's edges are computed once. The
     * packages are numbered in the order reached, so the queue is the numbers not visited yet.
     */
    private void closure(List<GoPackage> roots) {
        for (GoPackage root : roots) {
            if (reached.add(root, pathIds.of(root.importPath())) >= 0) {
                edgesByNumber.add(null);
                firstImport.add(null);
            }
        }
        int next = 0;
        while (next < reached.size()) {
            int levelEnd = reached.size();
            resolveAhead(next, levelEnd);
            for (; next < levelEnd; next++) {
                GoPackage current = reached.get(next);
                Edges known = edgesOf(current);
                summarise(current, known);
                List<Edge> out = known.edges();
                edgesByNumber.set(next, out);
                int[] imported = new int[out.size()];
                boolean fromWorkspace = current.origin() == PackageOrigin.WORKSPACE;
                for (int i = 0; i < imported.length; i++) {
                    Edge edge = out.get(i);
                    int number = reached.numberOf(known.pathIds()[i]);
                    if (number < 0) {
                        number = reached.add(edge.to(), known.pathIds()[i]);
                        edgesByNumber.add(null);
                        firstImport.add(edge.goImport());
                    }
                    if (fromWorkspace) {
                        importedByWorkspace.set(number);
                    }
                    imported[i] = number;
                }
                reached.setImports(next, imported);
            }
        }
    }

    /**
     * Resolves, in parallel, the imports of the packages about to be visited whose edges are not
     * known yet: that reads the headers of the packages they import, most of a first walk's time.
     * Each import not resolved yet is resolved once (two threads resolving the same path would both
     * read its folder), and nothing is started when all are: later walks mostly meet resolved ones.
     * A package resolved has its own imports resolved next, in the same parallel run, rather than
     * when the walk reaches its level: the threads do not wait for a level's slowest folder before
     * starting on the next level, and all of them take from one list of imports to resolve. It resolves only what the walk reaches (the imports of the same
     * selection of files), and the walk then finds every resolution made, in the same order as
     * without this.
     */
    private void resolveAhead(int from, int to) {
        Set<String> keys = ConcurrentHashMap.newKeySet();
        List<PendingImport> pending = new ArrayList<>();
        for (int number = from; number < to; number++) {
            GoPackage pkg = reached.get(number);
            if (pkg.origin() == PackageOrigin.STD_TABLE || pkg.origin() == PackageOrigin.KNOWN_MODULE
                    || edgeCache.get(pkg, selection(pkg)) != null) {
                continue;
            }
            for (GoImport goImport : selection(pkg).imports()) {
                String key = PackageResolver.memoKey(goImport.path(), pkg);
                if (!resolver.isResolved(key) && keys.add(key)) {
                    pending.add(new PendingImport(goImport.path(), pkg));
                }
            }
        }
        if (pending.size() > 1) {
            SharedWorkList.run(pending, (item, more) -> resolveWithImports(item, keys, more));
        }
    }

    /** An import to resolve ahead of the walk, and the package that imports it. */
    private record PendingImport(String path, GoPackage importer) {
    }

    /** Resolves an import, then adds the imports of the package found that no one has claimed ({@code keys}). */
    private void resolveWithImports(PendingImport item, Set<String> keys, Consumer<PendingImport> more) {
        Optional<GoPackage> found = resolver.resolve(item.path(), item.importer(), new ArrayList<>());
        if (found.isEmpty()) {
            return;
        }
        GoPackage pkg = found.get();
        if (pkg.origin() == PackageOrigin.STD_TABLE || pkg.origin() == PackageOrigin.KNOWN_MODULE) {
            return;
        }
        FileSelection selection = caches.selection(pkg.files(), context, tags);
        if (edgeCache.get(pkg, selection) != null) {
            return;
        }
        for (GoImport goImport : selection.imports()) {
            String key = PackageResolver.memoKey(goImport.path(), pkg);
            if (!resolver.isResolved(key) && keys.add(key)) {
                more.accept(new PendingImport(goImport.path(), pkg));
            }
        }
    }

    /**
     * The shortest chain from each target to a standard-library package: one breadth-first pass
     * backwards from that package gives every package's distance to it; each chain then follows,
     * from its target, the first import (in file order) that gets one step closer.
     */
    private List<ImportChain> chainsTo(String reachedPath, List<GoPackage> roots) {
        int target = reached.numberOf(reachedPath);
        if (target < 0 || !reached.get(target).origin().isStandardLibrary()) {
            return List.of();
        }
        int[] distance = reached.distancesTo(target);
        List<ImportChain> chains = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (GoPackage root : roots) {
            int current = reached.numberOf(root.importPath());
            int d = distance[current];
            if (d < 0) {
                continue;
            }
            List<Edge> path = new ArrayList<>(d);
            while (current != target) {
                int want = distance[current] - 1;
                int[] imported = reached.importsOf(current);
                int step = 0;
                while (distance[imported[step]] != want) {
                    step++;
                }
                path.add(edgesByNumber.get(current).get(step));
                current = imported[step];
            }
            ImportChain chain = chainOf(root, path);
            chains.add(chain);
            keys.add(sortKey(chain));
        }
        Integer[] order = new Integer[chains.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> keys.get(a).compareTo(keys.get(b)));
        List<ImportChain> sorted = new ArrayList<>(chains.size());
        for (int i : order) {
            sorted.add(chains.get(i));
        }
        return List.copyOf(sorted);
    }

    private Edges edgesOf(GoPackage pkg) {
        FileSelection selection = pkg.origin() == PackageOrigin.STD_TABLE || pkg.origin() == PackageOrigin.KNOWN_MODULE
                ? NO_FILES : selection(pkg);
        Edges known = edgeCache.get(pkg, selection);
        if (known == null) {
            known = computeEdges(pkg);
            edgeCache.put(pkg, selection, known);
        }
        unknownImports.addAll(known.unknown());
        filesRead.addAll(known.filesRead());
        cutHeaders.addAll(known.cut());
        return known;
    }

    private Edges computeEdges(GoPackage pkg) {
        List<String> paths;
        List<GoImport> imports = null;
        List<GoFileHeader> built = List.of();
        switch (pkg.origin()) {
            case STD_TABLE -> paths = stdTable.importsOf(pkg.importPath());
            case KNOWN_MODULE -> paths = knownModules.lookup(pkg.importPath()).map(KnownModuleTable.Row::stdImports).orElse(List.of());
            default -> {
                FileSelection selection = selection(pkg);
                built = selection.files();
                imports = selection.imports();
                paths = imports.stream().map(GoImport::path).toList();
            }
        }
        boolean callSites = built.stream().anyMatch(f -> !f.callSites().isEmpty());
        boolean cgoBuilt = built.stream().anyMatch(GoFileHeader::usesCgo);
        boolean cgoFiles = pkg.files().stream().anyMatch(GoFileHeader::usesCgo);
        boolean knownCgo = pkg.origin() != PackageOrigin.WORKSPACE && !pkg.origin().isStandardLibrary()
                && knownModules.lookup(pkg.importPath()).filter(KnownModuleTable.Row::needsCgo).isPresent();
        List<Edge> edges = new ArrayList<>(paths.size());
        List<Integer> ids = new ArrayList<>(paths.size());
        List<String> unknown = new ArrayList<>();
        List<String> read = new ArrayList<>();
        List<SourceLocation> cut = new ArrayList<>();
        for (GoFileHeader file : pkg.files()) {
            if (file.cutAt() != null) {
                unknown.add(file.path() + " (imports after its first " + ScanLimits.GO_PREFIX_BYTES / 1024 + " KB)");
                cut.add(file.cutAt());
            }
        }
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            Optional<GoPackage> to = resolver.resolve(path, pkg, read);
            if (to.isEmpty()) {
                unknown.add(path);
                continue;
            }
            if (to.get().origin() == PackageOrigin.KNOWN_MODULE) {
                unknown.add(path);
            }
            edges.add(new Edge(pkg, imports == null ? null : imports.get(i), to.get()));
            ids.add(pathIds.of(to.get().importPath()));
        }
        return new Edges(List.copyOf(edges), ids.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(unknown),
                List.copyOf(read), List.copyOf(cut), callSites, cgoBuilt, cgoFiles, knownCgo);
    }

    private FileSelection selection(GoPackage pkg) {
        return selections.computeIfAbsent(pkg.importPath(), k -> caches.selection(pkg.files(), context, tags));
    }

    private static ImportChain chainOf(GoPackage target, List<Edge> path) {
        List<GoImport> workspaceSteps = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        boolean left = target.origin() != PackageOrigin.WORKSPACE;
        if (left) {
            outside.add(target.importPath());
        }
        for (Edge edge : path) {
            if (!left) {
                workspaceSteps.add(edge.goImport());
                if (edge.to().origin() != PackageOrigin.WORKSPACE) {
                    left = true;
                    outside.add(edge.to().importPath());
                }
            } else {
                outside.add(edge.to().importPath());
            }
        }
        return new ImportChain(List.copyOf(workspaceSteps), List.copyOf(outside));
    }

    /** Orders chains by length, then by the file and line where they start, then by their outside path. */
    private static String sortKey(ImportChain chain) {
        StringBuilder key = new StringBuilder();
        String length = Integer.toString(chain.workspaceSteps().size() + chain.stdPath().size());
        key.append("0".repeat(Math.max(0, 8 - length.length()))).append(length).append(' ');
        if (!chain.workspaceSteps().isEmpty()) {
            SourceLocation at = chain.workspaceSteps().get(0).location();
            String line = Integer.toString(at.range().start().line());
            key.append(at.path()).append(':').append("0".repeat(Math.max(0, 8 - line.length()))).append(line).append(' ');
        }
        return key.append(String.join(">", chain.stdPath())).toString();
    }

    private List<CgoPackage> cgoPackages() {
        if (!context.cgoEnabled()) {
            return List.of();
        }
        List<CgoPackage> result = new ArrayList<>();
        for (GoPackage pkg : inPathOrder(withCgoBuilt)) {
            List<GoFileHeader> cgoFiles = selection(pkg).files().stream().filter(GoFileHeader::usesCgo).toList();
            if (cgoFiles.isEmpty()) {
                continue;
            }
            List<String> ldflags = new ArrayList<>();
            List<SourceLocation> staticAt = new ArrayList<>();
            List<NssCall> nssCalls = new ArrayList<>();
            for (GoFileHeader file : cgoFiles) {
                for (CgoDirective directive : file.cgoDirectives()) {
                    if (directive.variable().equals("LDFLAGS") && (directive.condition() == null || directive.condition().eval(tags))) {
                        ldflags.addAll(directive.flags());
                        if (directive.requestsStaticLink()) {
                            staticAt.add(directive.location());
                        }
                    }
                }
                nssCalls.addAll(file.nssCalls());
            }
            result.add(new CgoPackage(pkg.importPath(), cgoFiles.get(0).importC(), List.copyOf(ldflags), List.copyOf(staticAt),
                    List.copyOf(nssCalls)));
        }
        return List.copyOf(result);
    }

    private List<CgoRequiredPackage> cgoRequiredPackages() {
        if (context.cgoEnabled()) {
            return List.of();
        }
        List<CgoRequiredPackage> result = new ArrayList<>();
        for (GoPackage pkg : inPathOrder(withCgoFiles)) {
            Optional<GoFileHeader> cgoFile = pkg.files().stream()
                    .filter(f -> f.usesCgo() && FileSelection.includes(f, tagsWithCgo, true)).findFirst();
            List<GoFileHeader> built = selection(pkg).files();
            GoCallSite stub = built.stream().flatMap(b -> b.callSites().stream())
                    .filter(site -> site.kind() == GoCallSite.Kind.FAILS_WITHOUT_CGO).findFirst().orElse(null);
            cgoFile.ifPresent(f -> result.add(new CgoRequiredPackage(pkg.importPath(), f.importC(), !built.isEmpty(), stub)));
        }
        return List.copyOf(result);
    }

    /** Whether a package of the workspace imports a package of the module itself. */
    private boolean importedByWorkspace(String modulePath) {
        for (int number = importedByWorkspace.nextSetBit(0); number >= 0; number = importedByWorkspace.nextSetBit(number + 1)) {
            String p = reached.get(number).importPath();
            if (p.equals(modulePath) || p.startsWith(modulePath + "/")) {
                return true;
            }
        }
        return false;
    }

    private List<KnownModule> cgoRequiredModules() {
        Map<String, KnownModule> modules = new TreeMap<>();
        for (GoPackage pkg : inPathOrder(inKnownCgoModules)) {
            knownModules.lookup(pkg.importPath()).filter(KnownModuleTable.Row::needsCgo).ifPresent(row ->
                    modules.putIfAbsent(row.path(), new KnownModule(row.path(), row.fact(), row.source(),
                            firstImport.get(reached.numberOf(pkg.importPath())), importedByWorkspace(row.path()))));
        }
        return List.copyOf(modules.values());
    }
}
