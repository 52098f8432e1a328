package dev.cgoguard.gopkg;

import dev.cgoguard.knowledge.KnowledgeTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What standard-library packages import, as far as it matters for reaching {@code net},
 * {@code os/user} and {@code crypto/x509}; used when no GOROOT is on the machine. Two data files:
 * {@code go-std-reach.tsv} (which packages reach which, the fact) and {@code go-std-imports.tsv}
 * (direct imports among those packages, for the path shown in a chain).
 */
final class StdLibraryTable {
    private static final StdLibraryTable DEFAULT = load();

    private final Map<String, List<String>> imports;
    private final Map<String, Set<String>> reaches;
    private final Map<String, List<String>> importsMemo = new java.util.concurrent.ConcurrentHashMap<>();

    StdLibraryTable(Map<String, List<String>> imports, Map<String, Set<String>> reaches) {
        this.imports = imports;
        this.reaches = reaches;
    }

    static StdLibraryTable standard() {
        return DEFAULT;
    }

    private static StdLibraryTable load() {
        Map<String, List<String>> imports = new TreeMap<>();
        for (String[] row : KnowledgeTable.GO_STD_IMPORTS.rows()) {
            if (row.length >= 2 && !row[1].isBlank()) {
                imports.put(row[0].trim(), List.of(row[1].trim().split(",")));
            }
        }
        Map<String, Set<String>> reaches = new TreeMap<>();
        for (String[] row : KnowledgeTable.GO_STD_REACH.rows()) {
            if (row.length >= 2) {
                reaches.computeIfAbsent(row[0].trim(), k -> new LinkedHashSet<>()).add(row[1].trim());
            }
        }
        return new StdLibraryTable(imports, reaches);
    }

    /**
     * The packages a std package imports that lead towards a package of interest; when the reach
     * table says it reaches one that its imports do not explain, that one is added directly.
     */
    List<String> importsOf(String stdPackage) {
        return importsMemo.computeIfAbsent(stdPackage, this::computeImportsOf);
    }

    private List<String> computeImportsOf(String stdPackage) {
        List<String> direct = new ArrayList<>(imports.getOrDefault(stdPackage, List.of()));
        for (String target : reaches.getOrDefault(stdPackage, Set.of())) {
            if (!target.equals(stdPackage) && !reachesThroughImports(stdPackage, target)) {
                direct.add(target);
            }
        }
        return List.copyOf(direct);
    }

    Set<String> reachedFrom(String stdPackage) {
        return reaches.getOrDefault(stdPackage, Set.of());
    }

    Map<String, List<String>> importEdges() {
        return imports;
    }

    private boolean reachesThroughImports(String from, String target) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(List.of(from));
        for (int i = 0; i < queue.size(); i++) {
            for (String next : imports.getOrDefault(queue.get(i), List.of())) {
                if (next.equals(target)) {
                    return true;
                }
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return false;
    }
}
