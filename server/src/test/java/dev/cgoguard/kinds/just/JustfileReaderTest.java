package dev.cgoguard.kinds.just;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.workspace.SourceText;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JustfileReaderTest {
    @Test
    void readsVariablesExportsSettingsAndRecipesWithTheirLines() {
        Justfile file = JustfileReader.read(new SourceText("""
                set shell := ["bash", "-uc"]
                export CGO_ENABLED := "0"
                base := "bin"
                out := base / "app" + '-linux'
                version := `git describe --tags`
                # a comment

                [linux]
                build target="linux" *flags: lint
                    @echo building {{target}}
                    go build -o {{out}} \\
                        ./cmd/app

                release:
                    #!/usr/bin/env bash
                    set -eu
                    go build ./...
                """));
        assertEquals(List.of("bash", "-uc"), file.shell());
        assertEquals("0", file.variables().get("CGO_ENABLED"));
        assertEquals("bin/app-linux", file.variables().get("out"));
        assertNull(file.variables().get("version"), "a backtick is not known");
        assertEquals(List.of("CGO_ENABLED"), file.exported());
        assertFalse(file.exportAll());
        Justfile.Recipe build = file.recipes().get(0);
        assertEquals("build", build.name());
        assertEquals(List.of("target", "flags"), build.parameters());
        assertEquals(2, build.lines().size());
        assertEquals("go build -o {{out}} \\\n        ./cmd/app", build.lines().get(1).text());
        assertEquals(10, build.lines().get(1).firstLine());
        assertEquals(11, build.lines().get(1).lastLine());
        Justfile.Recipe release = file.recipes().get(1);
        assertTrue(release.shebang());
        assertEquals(3, release.lines().size());
    }

    @Test
    void setExportExportsEveryVariable() {
        Justfile file = JustfileReader.read(new SourceText("set export\nA := 'x'\nb:\n  echo $A\n"));
        assertTrue(file.exportAll());
        assertEquals("x", file.variables().get("A"));
    }

    @Test
    void aParameterWithoutANameIsPassedOver() {
        Justfile file = JustfileReader.read(new SourceText("build target = :\n  go build -o {{target}} .\n"));
        assertEquals(1, file.recipes().size());
    }

    @Test
    void aLargeOrOddFileIsReadInLinearTime() {
        String odd = "a :=\n:=\n{{\n\t\tgo build\n" + "x:\n\techo {{ {{\n".repeat(50_000) + "y := \"unclosed\n";
        // a guard against a hang, generous for a loaded machine: a quadratic reading of 100,000 lines takes far longer
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> JustfileReader.read(new SourceText(odd)));
    }
}
