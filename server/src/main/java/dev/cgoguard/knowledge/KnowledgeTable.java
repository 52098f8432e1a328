package dev.cgoguard.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tab-separated knowledge files shipped under {@code dev/cgoguard/knowledge/}, each row with its
 * source: {@code #} lines are comments, and a table with a header row skips it. A table that is
 * missing or unreadable is a broken build, never an empty table: reading it throws, and the tests
 * read every table.
 */
public enum KnowledgeTable {
    /** Base images and CI runners: libc, C compiler, CA bundle, zone data, /etc/passwd, Go. */
    IMAGES("images.tsv", true),
    /** Modules known to need cgo. */
    GO_MODULES("go-modules.tsv", false),
    /** The standard packages each standard package imports. */
    GO_STD_IMPORTS("go-std-imports.tsv", false),
    /** Which standard packages reach net and os/user. */
    GO_STD_REACH("go-std-reach.tsv", false),
    /** Debian releases: glibc, published images, golang tag suffixes. */
    DEBIAN_RELEASES("debian-releases.tsv", true),
    /** Go major releases, for the support policy. */
    GO_RELEASES("go-releases.tsv", true);

    private final String fileName;
    private final boolean header;

    KnowledgeTable(String fileName, boolean header) {
        this.fileName = fileName;
        this.header = header;
    }

    public String fileName() {
        return fileName;
    }

    /**
     * The rows, each split on tabs.
     *
     * @throws IllegalStateException when the table is missing from the jar or cannot be read
     */
    public List<String[]> rows() {
        List<String[]> rows = new ArrayList<>();
        InputStream in = KnowledgeTable.class.getResourceAsStream(fileName);
        if (in == null) {
            throw new IllegalStateException("the knowledge table " + fileName + " is missing from cgoguard's jar");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean skip = header;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (skip) {
                    skip = false;
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new IllegalStateException("the knowledge table " + fileName + " cannot be read: " + e.getMessage(), e);
        }
        return rows;
    }
}
