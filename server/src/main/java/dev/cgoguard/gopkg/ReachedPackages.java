package dev.cgoguard.gopkg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The packages one walk reached, each import path once, numbered in the order reached (a
 * breadth-first walk visits them in that order), with each one's imports as those numbers. Answers
 * "which package is this path", "what does it import" and "how far is each package from this one"
 * with arrays: a walk of a large repository reaches thousands of packages and tens of thousands of
 * imports, and a workspace walks its graph once per distinct go command.
 */
final class ReachedPackages {
    private final ImportPathIds ids;
    /** By path number: the package's number plus one (0: not reached). */
    private int[] byPath = new int[256];
    private final List<GoPackage> packages = new ArrayList<>();
    /** By package number: the numbers of the packages it imports, in import order (null until set). */
    private int[][] imports = new int[256][];
    private int[] importerStart;
    private int[] importers;

    ReachedPackages(ImportPathIds ids) {
        this.ids = ids;
    }

    /** Adds a package not reached yet under its path's number and returns its number; -1 when that path was reached. */
    int add(GoPackage pkg, int pathId) {
        if (numberOf(pathId) >= 0) {
            return -1;
        }
        if (pathId >= byPath.length) {
            byPath = Arrays.copyOf(byPath, Math.max(pathId + 1, byPath.length * 2));
        }
        int number = packages.size();
        packages.add(pkg);
        byPath[pathId] = number + 1;
        if (number >= imports.length) {
            imports = Arrays.copyOf(imports, imports.length * 2);
        }
        return number;
    }

    /** The number of the package reached with this path number, or -1. */
    int numberOf(int pathId) {
        return pathId >= 0 && pathId < byPath.length ? byPath[pathId] - 1 : -1;
    }

    /** The number of the package reached with this import path, or -1. */
    int numberOf(String importPath) {
        return numberOf(ids.find(importPath));
    }

    GoPackage get(int number) {
        return packages.get(number);
    }

    int size() {
        return packages.size();
    }

    /** Every package reached, in the order reached. */
    List<GoPackage> all() {
        return Collections.unmodifiableList(packages);
    }

    void setImports(int number, int[] imported) {
        imports[number] = imported;
    }

    /** The numbers of the packages a package imports, in import order. */
    int[] importsOf(int number) {
        return imports[number];
    }

    /**
     * The length of the shortest import chain from every package to {@code target} (0 for the target
     * itself, -1 when none): one breadth-first pass backwards over the imports. Asked once the walk is
     * complete; the importers of each package are listed on the first call.
     */
    int[] distancesTo(int target) {
        if (importerStart == null) {
            listImporters();
        }
        int[] distance = new int[packages.size()];
        Arrays.fill(distance, -1);
        int[] queue = new int[packages.size()];
        int head = 0;
        int tail = 0;
        distance[target] = 0;
        queue[tail++] = target;
        while (head < tail) {
            int current = queue[head++];
            for (int i = importerStart[current]; i < importerStart[current + 1]; i++) {
                int importer = importers[i];
                if (distance[importer] < 0) {
                    distance[importer] = distance[current] + 1;
                    queue[tail++] = importer;
                }
            }
        }
        return distance;
    }

    /** The reverse of the imports: the importers of package i are importers[importerStart[i] .. importerStart[i + 1]). */
    private void listImporters() {
        int n = packages.size();
        int[] start = new int[n + 1];
        for (int from = 0; from < n; from++) {
            for (int to : imports[from]) {
                start[to + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] from = new int[start[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (int i = 0; i < n; i++) {
            for (int to : imports[i]) {
                from[fill[to]++] = i;
            }
        }
        importerStart = start;
        importers = from;
    }
}
