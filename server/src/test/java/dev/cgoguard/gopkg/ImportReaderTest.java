package dev.cgoguard.gopkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cgoguard.workspace.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ImportReaderTest {
    private static ImportReader.Imports read(String text) {
        HeaderBounds bounds = HeaderBounds.of(text);
        return ImportReader.read("a.go", new SourceText(text.substring(0, bounds.end())), bounds.packageStart(), bounds.end());
    }

    @Test
    void readsPlainHeadersWithCommentsBetweenTokens() {
        ImportReader.Imports imports = read("""
                // Package a.
                package a // the package

                import "fmt" // printing
                import /* quiet */ _ "embed"
                import (
                	// the network
                	h "net/http"; "os"
                	. `strings` /* dot */
                )

                func F() {}
                """);
        assertNotNull(imports);
        assertEquals("a", imports.packageName());
        assertEquals(List.of("fmt", "embed", "net/http", "os", "strings"), imports.imports().stream().map(GoImport::path).toList());
        assertEquals(List.of("h"), imports.imports().stream().map(GoImport::name).filter(n -> n != null && n.equals("h")).toList());
        assertEquals("_", imports.imports().get(1).name());
        assertEquals(".", imports.imports().get(4).name());
    }

    @Test
    void leavesCgoAndBrokenHeadersToTreeSitter() {
        assertNull(read("package a\n\n/*\n#include <stdio.h>\n*/\nimport \"C\"\n"));
        assertNull(read("package a\n\nimport (\n\t\"fmt\"\n\t\"C\"\n)\n"));
        assertNull(read("package a\n\nimport func \"fmt\"\n"));
        assertNull(read("package a\n\nimport (\n\t\"fmt\"\n"));
        assertNull(read("package a\n\nimport \"fm\nt\"\n"));
    }

    /**
     * Every Go file of this machine's GOROOT (when there is one) gets the same header from the plain
     * reader as from tree-sitter: the fast path changes nothing that is reported.
     */
    @Test
    void givesTheSameHeaderAsTreeSitterForEveryFileOfGoroot() throws IOException {
        Path goroot = GoEnvironment.fromSystem().goroot();
        assumeTrue(goroot != null, "no GOROOT on this machine");
        List<Path> roots = new ArrayList<>(List.of(goroot.resolve("src")));
        String more = System.getProperty("cgoguard.headerRoots", "");
        for (String extra : more.split(",")) {
            if (!extra.isBlank()) {
                roots.add(Path.of(extra));
            }
        }
        int compared = 0;
        int plain = 0;
        List<String> differences = new ArrayList<>();
        for (Path root : roots) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).toList();
            }
            for (Path file : files) {
                String text = prefix(file);
                GoFileHeader fast = HeaderParser.parse(file.toString(), text, null, false).header();
                GoFileHeader tree = HeaderParser.parse(file.toString(), text, null, true).header();
                compared++;
                HeaderBounds bounds = HeaderBounds.of(text);
                if (bounds.packageStart() >= 0 && ImportReader.read(file.toString(),
                        new SourceText(text.substring(0, bounds.end())), bounds.packageStart(), bounds.end()) != null) {
                    plain++;
                }
                if (!fast.equals(tree) && differences.size() < 10) {
                    differences.add(file + "\n  plain: " + fast + "\n  tree:  " + tree);
                }
            }
        }
        System.out.printf("compared %d headers, %d read by the plain reader%n", compared, plain);
        assertEquals(List.of(), differences);
    }

    private static String prefix(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(256 * 1024), StandardCharsets.UTF_8);
        }
    }
}
