package dev.cgoguard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run of the shaded jar leaves and how it ends when memory runs out: tree-sitter's native
 * libraries are extracted once into the per-user cache and nothing is left in the temporary folder;
 * a heap too small for the input ends the run with one line and exit code 2; 4 MB of nested Make
 * references lint in a bounded heap and say where expansion stopped.
 */
class ProcessLimitsTest {
    @TempDir
    Path scratch;

    private record Run(int exit, String out, String err) {
    }

    private Run run(Path cache, Path temporary, String heap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + temporary, "-jar", ShadedJarTest.jar().toString()));
        command.addAll(List.of(args));
        Path out = scratch.resolve("out.txt");
        Path err = scratch.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(scratch.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the jar finished within two minutes");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Path project(String makefile) throws IOException {
        Path project = Files.createDirectories(scratch.resolve("project"));
        Files.writeString(project.resolve("go.mod"), "module example.com/m\n\ngo 1.22\n");
        Files.writeString(project.resolve("main.go"), "package main\n\nimport _ \"net\"\n\nfunc main() {}\n");
        Files.writeString(project.resolve("Makefile"), makefile);
        Files.writeString(project.resolve("build.sh"), "#!/bin/sh\nCGO_ENABLED=1 go build -o app .\n");
        return project;
    }

    /** 64 levels of $(subst …), each holding 62 KB of text: 4 MB in all, within the size limit. */
    private static String nestedReferences() {
        String inner = "x".repeat(4_000_000 / 64);
        String value = "";
        for (int i = 0; i < 64; i++) {
            value = "$(subst a,b," + inner + value + ")";
        }
        return "X := " + value + "\nall:\n\tCGO_ENABLED=1 go build -ldflags \"$(X)\" .\n";
    }

    @Test
    void nativeLibrariesAreExtractedOnceIntoTheUserCacheAndNothingIsLeftInTheTemporaryFolder() throws Exception {
        Path project = project("all:\n\tCGO_ENABLED=1 go build -ldflags '-extldflags \"-static\"' .\n");
        Path cache = Files.createDirectories(scratch.resolve("cache"));
        Path temporary = Files.createDirectories(scratch.resolve("tmp"));
        Run first = run(cache, temporary, "256m", "lint", project.toString());
        assertEquals(1, first.exit(), first.err());
        Map<Path, FileTime> extracted = libraries(cache.resolve("cgoguard/native"));
        assertTrue(extracted.keySet().stream().anyMatch(p -> p.getFileName().toString().contains("tree-sitter-bash")),
                "the libraries are in the cache: " + extracted.keySet());
        assertEquals(List.of(), list(temporary), "nothing left in the temporary folder");

        Thread.sleep(1100); // a second extraction would show in the files' times
        Run second = run(cache, temporary, "256m", "lint", project.toString());
        assertEquals(first.out(), second.out());
        assertEquals(extracted, libraries(cache.resolve("cgoguard/native")), "the second run extracted nothing");
        assertEquals(List.of(), list(temporary), "nothing left in the temporary folder");
    }

    @Test
    void aHeapTooSmallForTheInputEndsTheRunWithOneLineAndExitCodeTwo() throws Exception {
        Path project = project(nestedReferences());
        Run run = run(scratch.resolve("cache"), Files.createDirectories(scratch.resolve("tmp")), "12m", "lint", project.toString());
        assertEquals(2, run.exit(), "the error exit code, not the findings one: " + run.err());
        assertEquals(1, run.err().lines().count(), "one line: " + run.err());
        assertTrue(run.err().startsWith("cgoguard: out of memory"), run.err());
    }

    @Test
    void fourMegabytesOfNestedMakeReferencesLintInABoundedHeapAndSayWhereExpansionStopped() throws Exception {
        Path project = project(nestedReferences());
        Run run = run(scratch.resolve("cache"), Files.createDirectories(scratch.resolve("tmp")), "96m", "lint", project.toString());
        assertTrue(run.exit() == 0 || run.exit() == 1, run.err());
        assertTrue(run.out().contains("Makefile:1:1: info: cgoguard could not read this Makefile completely: expansion stopped"),
                run.out());
    }

    private static Map<Path, FileTime> libraries(Path root) throws IOException {
        Map<Path, FileTime> found = new TreeMap<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    found.put(root.relativize(file), Files.getLastModifiedTime(file));
                }
            }
        }
        return found;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        }
    }
}
