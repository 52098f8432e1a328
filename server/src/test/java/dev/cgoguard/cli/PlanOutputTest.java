package dev.cgoguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code plan} and {@code lint} print about go commands, in the core's words. */
class PlanOutputTest {
    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void unexpandedMakeVariablesAreShownAsSourcesNeverAsPrivateUseCharacters() throws IOException {
        write("go.mod", "module example.com/app\n\ngo 1.22\n");
        write("main.go", "package main\n\nimport \"net\"\n\nfunc main() { net.Dial(\"tcp\", \"x\") }\n");
        write("Makefile", "VERSION := $(shell git describe)\nifeq ($(shell uname),Linux)\nEXTRA := -tags netgo\nendif\n"
                + "pkg/$(TARGETS)/nomad:\n\tcd $(SRC_DIR) && GOOS=$(OS) go build $(EXTRA) -ldflags \"-X main.v=$(VERSION)"
                + " -extldflags -static\" -o pkg/$(TARGETS)/nomad ./$(PKG)\nbuild: pkg/$(TARGETS)/nomad\n"
                + "$(NAME)-tool:\n\tgo build -a -ldflags '-extldflags \"-static\" -X main.v=$(VERSION)' -o bin/$(NAME) .\n");
        for (String[] args : new String[][] {{"plan", root.toString()}, {"plan", "--format", "json", root.toString()},
                {"lint", root.toString()}, {"lint", "--format", "json", root.toString()},
                {"lint", "--format", "sarif", root.toString()}}) {
            CliRun run = CliRun.run(args);
            assertTrue(run.exit() == 0 || run.exit() == 1, run.err());
            String output = run.out() + run.err();
            assertFalse(output.isBlank(), String.join(" ", args));
            assertFalse(output.chars().anyMatch(c -> c >= 0xE000 && c <= 0xF8FF),
                    String.join(" ", args) + " prints a private-use character:\n" + output);
        }
        assertTrue(CliRun.run("plan", root.toString()).out().contains("(Makefile target pkg/<$(TARGETS)>/nomad)"));
    }

    @Test
    void aBuildThatFailsSaysSoInsteadOfDescribingABinary() throws IOException {
        write("go.mod", "module example.com/app\n\ngo 1.22\n");
        write("main.go", "package main\n\n// #include <stdlib.h>\nimport \"C\"\n\nfunc main() {}\n");
        write("Makefile", "build:\n\tCGO_ENABLED=0 go build -o app .\n");
        String text = CliRun.run("plan", root.toString()).out();
        assertTrue(text.contains("  summary:     build fails: example.com/app needs cgo\n"), text);
        assertTrue(text.contains("  fails:       cgo is off (CGO_ENABLED=0), but example.com/app needs cgo (import \"C\")"
                + " and has no file left to build without it\n"), text);
        assertTrue(text.contains("  binary:      none: the build fails\n"), text);
        String json = CliRun.run("plan", "--format", "json", root.toString()).out();
        assertTrue(json.contains("\"summary\": \"build fails: example.com/app needs cgo\""), json);
    }

    @Test
    void aStandardLibraryPackageBuiltByNameReachesTheResolverWithoutAnImportLineInTheWorkspace() throws IOException {
        write("go.mod", "module example.com/app\n\ngo 1.22\n");
        write("Makefile", "trace:\n\tgo test -run=Trace net/http\n");
        CliRun text = CliRun.run("plan", root.toString());
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("  reaches:     net's resolver via net/http -> net (the package built is outside the workspace)\n"),
                text.out());
        CliRun json = CliRun.run("plan", "--format", "json", root.toString());
        assertEquals(0, json.exit(), json.err());
        assertTrue(json.out().contains("\"stdPath\": [\n"), json.out());
        assertFalse(json.out().contains("\"importPath\""), json.out());
    }

    @Test
    void rulesShowsTheSeveritiesARuleReallyReports() {
        String rules = CliRun.run("rules").out();
        assertTrue(rules.lines().anyMatch(line -> line.startsWith("glibc-version-skew") && line.contains("warning, error when")),
                rules);
        assertEquals(0, CliRun.run("rules").exit());
    }
}
