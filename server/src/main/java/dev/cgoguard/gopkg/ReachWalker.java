package dev.cgoguard.gopkg;

import dev.cgoguard.workspace.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Walks the imports of the targets under one build context, breadth first from each target so
 * that every chain to {@code net}, {@code os/user} and {@code crypto/x509} is a shortest one, and
 * collects what the whole build contains: cgo packages, known modules, unknown imports, tzdata.
 * Work is bounded by the number of packages reachable; each package's files are selected once.
 */
final class ReachWalker {
    static final String NET = "net";
    static final String OS_USER = "os/user";
    static final String X509 = "crypto/x509";
    private static final Set<String> INTERESTING = Set.of(NET, OS_USER, X509);

    /** An import edge of the walk; {@code goImport} is null for edges known from a table. */
    private record Edge(GoPackage from, GoImport goImport, GoPackage to) {
    }

    private final PackageResolver resolver;
    private final BuildContext context;
    private final TagMatcher tags;
    private final TagMatcher tagsWithCgo;
    private final StdLibraryTable stdTable;
    private final KnownModuleTable knownModules;
    private final Map<String, FileSelection> selections = new HashMap<>();
    private final Map<String, GoPackage> visited = new TreeMap<>();
    private final Map<String, GoImport> firstImportOf = new HashMap<>();
    private final Set<String> unknownImports = new TreeSet<>();

    ReachWalker(PackageResolver resolver, BuildContext context, StdLibraryTable stdTable, KnownModuleTable knownModules) {
        this.resolver = resolver;
        this.context = context;
        this.tags = new TagMatcher(context);
        this.tagsWithCgo = new TagMatcher(new BuildContext(context.goos(), context.goarch(), context.tags(), true,
                context.goVersion()));
        this.stdTable = stdTable;
        this.knownModules = knownModules;
    }

    PackageReach walk(List<ReachTarget> targets, String goVersion) {
        List<ImportChain> resolverChains = new ArrayList<>();
        List<ImportChain> userChains = new ArrayList<>();
        List<ImportChain> tlsChains = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ReachTarget target : targets) {
            names.add(target.name());
            if (target.pkg() == null) {
                unknownImports.add(target.name());
                continue;
            }
            Map<String, ImportChain> chains = walkFrom(target.pkg());
            Optional.ofNullable(chains.get(NET)).ifPresent(resolverChains::add);
            Optional.ofNullable(chains.get(OS_USER)).ifPresent(userChains::add);
            Optional.ofNullable(chains.get(X509)).ifPresent(tlsChains::add);
        }
        Comparator<ImportChain> order = Comparator.comparingInt((ImportChain c) -> c.workspaceSteps().size() + c.stdPath().size())
                .thenComparing(ReachWalker::sortKey);
        resolverChains.sort(order);
        userChains.sort(order);
        tlsChains.sort(order);
        boolean tzdata = (context.tags() != null && context.tags().contains("timetzdata")) || visited.containsKey("time/tzdata");
        return new PackageReach(List.copyOf(names), List.copyOf(resolverChains), List.copyOf(userChains), cgoPackages(),
                cgoRequiredModules(), List.copyOf(tlsChains), List.of(), tzdata, List.copyOf(unknownImports), goVersion,
                cgoRequiredPackages());
    }

    /** Every package the walk reached, by import path. */
    Map<String, GoPackage> visited() {
        return visited;
    }

    private Map<String, ImportChain> walkFrom(GoPackage target) {
        Map<String, Edge> parent = new HashMap<>();
        Map<String, ImportChain> chains = new LinkedHashMap<>();
        Deque<GoPackage> queue = new ArrayDeque<>();
        Set<String> seen = new java.util.HashSet<>();
        seen.add(target.importPath());
        queue.add(target);
        visited.putIfAbsent(target.importPath(), target);
        while (!queue.isEmpty()) {
            GoPackage current = queue.poll();
            if (INTERESTING.contains(current.importPath()) && current.origin().isStandardLibrary()) {
                chains.putIfAbsent(current.importPath(), chainTo(target, current, parent));
            }
            for (Edge edge : edgesOf(current)) {
                String path = edge.to().importPath();
                if (seen.add(path)) {
                    parent.put(path, edge);
                    queue.add(edge.to());
                    if (visited.putIfAbsent(path, edge.to()) == null && edge.goImport() != null) {
                        firstImportOf.put(path, edge.goImport());
                    }
                }
            }
        }
        return chains;
    }

    private List<Edge> edgesOf(GoPackage pkg) {
        List<String> paths;
        List<GoImport> imports = null;
        switch (pkg.origin()) {
            case STD_TABLE -> paths = stdTable.importsOf(pkg.importPath());
            case KNOWN_MODULE -> paths = knownModules.lookup(pkg.importPath()).map(KnownModuleTable.Row::stdImports).orElse(List.of());
            default -> {
                imports = selection(pkg).imports();
                paths = imports.stream().map(GoImport::path).toList();
            }
        }
        List<Edge> edges = new ArrayList<>(paths.size());
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            Optional<GoPackage> to = resolver.resolve(path, pkg);
            if (to.isEmpty()) {
                unknownImports.add(path);
                continue;
            }
            if (to.get().origin() == PackageOrigin.KNOWN_MODULE) {
                unknownImports.add(path);
            }
            edges.add(new Edge(pkg, imports == null ? null : imports.get(i), to.get()));
        }
        return edges;
    }

    private FileSelection selection(GoPackage pkg) {
        return selections.computeIfAbsent(pkg.importPath(), k -> FileSelection.of(pkg.files(), tags, context.cgoEnabled()));
    }

    private static ImportChain chainTo(GoPackage target, GoPackage reached, Map<String, Edge> parent) {
        List<Edge> path = new ArrayList<>();
        String current = reached.importPath();
        while (!current.equals(target.importPath())) {
            Edge edge = parent.get(current);
            path.add(0, edge);
            current = edge.from().importPath();
        }
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

    private static String sortKey(ImportChain chain) {
        StringBuilder key = new StringBuilder();
        for (GoImport step : chain.workspaceSteps()) {
            SourceLocation at = step.location();
            key.append(at.path()).append(':').append(String.format("%08d", at.range().start().line())).append(' ')
                    .append(step.path()).append('>');
        }
        return key.append(String.join(">", chain.stdPath())).toString();
    }

    private List<CgoPackage> cgoPackages() {
        if (!context.cgoEnabled()) {
            return List.of();
        }
        List<CgoPackage> result = new ArrayList<>();
        for (GoPackage pkg : visited.values()) {
            if (pkg.origin().isStandardLibrary() || !pkg.origin().hasFiles()) {
                continue;
            }
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
        for (GoPackage pkg : visited.values()) {
            if (pkg.origin().isStandardLibrary() || !pkg.origin().hasFiles()) {
                continue;
            }
            Optional<GoFileHeader> cgoFile = pkg.files().stream()
                    .filter(f -> f.usesCgo() && FileSelection.includes(f, tagsWithCgo, true)).findFirst();
            cgoFile.ifPresent(f -> result.add(new CgoRequiredPackage(pkg.importPath(), f.importC(),
                    !selection(pkg).files().isEmpty())));
        }
        return List.copyOf(result);
    }

    private List<KnownModule> cgoRequiredModules() {
        Map<String, KnownModule> modules = new TreeMap<>();
        for (GoPackage pkg : visited.values()) {
            if (pkg.origin() == PackageOrigin.WORKSPACE || pkg.origin().isStandardLibrary()) {
                continue;
            }
            knownModules.lookup(pkg.importPath()).filter(KnownModuleTable.Row::needsCgo).ifPresent(row ->
                    modules.putIfAbsent(row.path(), new KnownModule(row.path(), row.fact(), row.source(),
                            firstImportOf.get(pkg.importPath()))));
        }
        return List.copyOf(modules.values());
    }
}
