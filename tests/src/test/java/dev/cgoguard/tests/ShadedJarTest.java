package dev.cgoguard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the shaded jar the way users do, as a separate process, on every fixture. */
class ShadedJarTest {
    @TempDir
    Path scratch;

    static Path jar() {
        return Paths.get(System.getProperty("cgoguard.jar", "../server/target/cgoguard.jar")).toAbsolutePath().normalize();
    }

    record Run(int exit, String out, String err) {
    }

    static Run run(Path workingDirectory, String... args) throws IOException, InterruptedException {
        return run(workingDirectory, java.util.Map.of(), args);
    }

    /** Runs the jar with some environment variables changed ({@code ""} removes one). */
    static Run run(Path workingDirectory, java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("cgoguard-out", ".txt");
        Path err = Files.createTempFile("cgoguard-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        change(builder, env);
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar finished within a minute");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Sets the variables of {@code env} in the process's environment; an empty value removes one. */
    static void change(ProcessBuilder builder, java.util.Map<String, String> env) {
        env.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
    }

    static Stream<String> fixtures() {
        return Fixtures.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void jarReportMatchesExpected(String fixture) throws Exception {
        Path project = Fixtures.copy(fixture, scratch);
        Run run = run(project, "lint", "--format", "json");
        assertTrue(run.exit() == 0 || run.exit() == 1, "exit 0 or 1, was " + run.exit() + ": " + run.err());
        Assumptions.assumeFalse(FindingsAssert.UPDATE, "the expected files are being rewritten in-process");
        FindingsAssert.assertMatches(fixture, Fixtures.expected(fixture), run.out(), project);
    }

    @Test
    void usageErrorExitsTwoWithoutStackTrace() throws Exception {
        Run run = run(scratch, "lint", "--format", "yaml");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("cgoguard: "), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void missingPathExitsTwo() throws Exception {
        Run run = run(scratch, "lint", "does-not-exist");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no such file or directory"), run.err());
    }

    @Test
    void unreadableFilesAreNamedAndTheRestIsLinted() throws Exception {
        Path project = Fixtures.copy("static-cgo-net-user", scratch);
        Files.write(project.resolve("Dockerfile"), new byte[] {'F', 'R', 'O', 'M', 0, 1, 2, 3});
        Files.write(project.resolve("broken.mk"), "ifeq (\n\tdefine\n))) $(((\n".getBytes(StandardCharsets.UTF_8));
        Files.write(project.resolve("build.sh"), new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0x80, (byte) 0x81});
        try (var big = new java.io.RandomAccessFile(project.resolve("huge.mk").toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        Run run = run(project, "lint", "--format", "json");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("Dockerfile: skipped: binary content"), run.err());
        assertTrue(run.err().contains("build.sh: skipped: not UTF-8 text"), run.err());
        assertTrue(run.err().contains("huge.mk: skipped: 52,428,800 bytes is larger than the 4,194,304 bytes (4 MB)"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        assertTrue(run.out().contains("\"rule\": \"static-glibc-nss\""), "the Makefile is still linted: " + run.out());
    }

    @Test
    void versionIsPrinted() throws Exception {
        Run run = run(scratch, "--version");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("cgoguard "), run.out());
    }
}
