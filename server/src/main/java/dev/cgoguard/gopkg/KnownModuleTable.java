package dev.cgoguard.gopkg;

import dev.cgoguard.knowledge.KnowledgeTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Facts about well-known third-party modules that matter when their source is not on the machine
 * ({@code go-modules.tsv}): whether a package needs cgo, and which standard-library packages of
 * interest it imports. Each row names its source.
 */
final class KnownModuleTable {
    /** One row: a module or package path (it covers the packages below it too). */
    record Row(String path, boolean needsCgo, List<String> stdImports, String fact, String source) {
        boolean covers(String importPath) {
            return importPath.equals(path) || importPath.startsWith(path + "/");
        }
    }

    private static final KnownModuleTable DEFAULT = load();

    private final List<Row> rows;
    private final Map<String, Optional<Row>> lookups = new ConcurrentHashMap<>();

    KnownModuleTable(List<Row> rows) {
        this.rows = rows.stream().sorted((a, b) -> Integer.compare(b.path().length(), a.path().length())).toList();
    }

    static KnownModuleTable standard() {
        return DEFAULT;
    }

    private static KnownModuleTable load() {
        List<Row> rows = new ArrayList<>();
        for (String[] cells : KnowledgeTable.GO_MODULES.rows()) {
            if (cells.length >= 5) {
                List<String> imports = cells[2].isBlank() || cells[2].equals("-") ? List.of() : List.of(cells[2].split(","));
                rows.add(new Row(cells[0].trim(), cells[1].trim().equals("yes"), imports, cells[3].trim(), cells[4].trim()));
            }
        }
        return new KnownModuleTable(rows);
    }

    /** The most specific row covering an import path (each path looked up once). */
    Optional<Row> lookup(String importPath) {
        return lookups.computeIfAbsent(importPath, p -> rows.stream().filter(r -> r.covers(p)).findFirst());
    }
}
