package dev.cgoguard.gopkg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated knowledge files under {@code dev/cgoguard/knowledge/}: {@code #} lines are comments. */
final class KnowledgeTables {
    private KnowledgeTables() {
    }

    /** The rows of a table, each split on tabs; a missing resource is an empty table. */
    static List<String[]> rows(String resourceName) {
        List<String[]> rows = new ArrayList<>();
        InputStream in = KnowledgeTables.class.getResourceAsStream("/dev/cgoguard/knowledge/" + resourceName);
        if (in == null) {
            return rows;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            return rows;
        }
        return rows;
    }
}
