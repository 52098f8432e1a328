package dev.cgoguard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lint --fix} through the shaded jar leaves each file as a person would write it: no flag
 * the fix made meaningless, no assignment above the fixed line that says the opposite. Each file is
 * compared in full after the fix, linted again, and a script is checked to still parse.
 */
class FixLeftoversTest {
    @TempDir
    Path project;

    private void write(String path, String text) throws Exception {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void turningCgoOffDropsTheExtldflagsItMakesMeaningless() throws Exception {
        write("go.mod", "module example.com/app\n\ngo 1.22\n");
        write("main.go", "package main\n\nimport \"net/http\"\n\nfunc main() { _, _ = http.Get(\"https://example.com\") }\n");
        write("Makefile", "build:\n\tgo build -ldflags '-s -w -extldflags \"-static\"' -o bin/app .\n");
        ShadedJarTest.Run fix = ShadedJarTest.run(project, "lint", "--fix");
        assertEquals("build:\n\tCGO_ENABLED=0 go build -ldflags '-s -w' -o bin/app .\n", Files.readString(project.resolve("Makefile")),
                fix.err());
        assertEquals(0, fix.exit(), fix.out());
        assertEquals("", ShadedJarTest.run(project, "lint", "--fail-on", "hint").out(), "nothing left to report");
    }

    @Test
    void turningCgoOnChangesTheExportAboveInsteadOfContradictingIt() throws Exception {
        write("go.mod", "module example.com/app\n\ngo 1.22\n");
        write("race_test.go", "package main\n\nimport \"testing\"\n\nfunc TestNothing(t *testing.T) {}\n");
        write("main.go", "package main\n\nfunc main() {}\n");
        write("scripts/test.sh", "#!/usr/bin/env bash\nset -euo pipefail\nexport CGO_ENABLED=0\ngo test -race -count=1 ./...\n");
        ShadedJarTest.Run before = ShadedJarTest.run(project, "lint");
        assertTrue(before.out().contains("scripts/test.sh:4:1: error: -race with cgo off"), before.out());
        ShadedJarTest.Run fix = ShadedJarTest.run(project, "lint", "--fix");
        String fixed = Files.readString(project.resolve("scripts/test.sh"));
        assertEquals("#!/usr/bin/env bash\nset -euo pipefail\nexport CGO_ENABLED=1\ngo test -race -count=1 ./...\n", fixed, fix.err());
        assertEquals(0, fix.exit(), fix.out());
        assertEquals(0, new ProcessBuilder("bash", "-n", project.resolve("scripts/test.sh").toString()).start().waitFor(),
                "the script still parses");
    }

    @Test
    void anExportOtherCommandsReadStaysAndTheFixedCommandGetsItsOwnSetting() throws Exception {
        write("go.mod", "module example.com/app\n\ngo 1.22\n");
        write("main.go", "package main\n\nfunc main() {}\n");
        write("scripts/build.sh", "#!/bin/sh\nset -e\nexport CGO_ENABLED=0\ngo build -o bin/app .\ngo test -race ./...\n");
        ShadedJarTest.Run fix = ShadedJarTest.run(project, "lint", "--fix");
        assertEquals("#!/bin/sh\nset -e\nexport CGO_ENABLED=0\ngo build -o bin/app .\nCGO_ENABLED=1 go test -race ./...\n",
                Files.readString(project.resolve("scripts/build.sh")), fix.err());
    }
}
