package dev.cgoguard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The distribution's launcher, bin/cgoguard, run as users run it, with and without its class-data-sharing archive. */
class LauncherTest {
    @TempDir
    Path scratch;

    static Path dist() {
        return Paths.get(System.getProperty("cgoguard.dist", "../server/target/dist")).toAbsolutePath().normalize();
    }

    private static ShadedJarTest.Run launch(Path dist, Path workingDirectory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", dist.resolve("bin/cgoguard").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("cgoguard-out", ".txt");
        Path err = Files.createTempFile("cgoguard-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.remove("CGOGUARD_JAVA_OPTS");
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher finished within a minute");
        return new ShadedJarTest.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theLauncherReportsWhatTheJarReports() throws Exception {
        Path project = Fixtures.copy("make-stamped-version-static", scratch);
        ShadedJarTest.Run jar = ShadedJarTest.run(project, "lint", "--format", "json");
        ShadedJarTest.Run launched = launch(dist(), project, "lint", "--format", "json");
        assertEquals(jar.exit(), launched.exit(), launched.err());
        assertTrue(jar.out().contains("\"rule\""), "the fixture has findings: " + jar.out());
        assertEquals(jar.out(), launched.out());
        assertEquals("", launched.err(), "nothing on stderr: no JVM warning about the archive");
        assertTrue(launch(dist(), project, "--version").out().startsWith("cgoguard "));
    }

    @Test
    void theLauncherWorksWithoutTheArchiveAndWithAnArchiveOfAnotherJava() throws Exception {
        Path project = Fixtures.copy("make-stamped-version-static", scratch);
        ShadedJarTest.Run jar = ShadedJarTest.run(project, "lint", "--format", "json");

        Path bare = scratch.resolve("bare");
        Files.createDirectories(bare.resolve("bin"));
        Files.createDirectories(bare.resolve("lib"));
        Files.copy(dist().resolve("bin/cgoguard"), bare.resolve("bin/cgoguard"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(dist().resolve("lib/cgoguard.jar"), bare.resolve("lib/cgoguard.jar"));
        ShadedJarTest.Run withoutArchive = launch(bare, project, "lint", "--format", "json");
        assertEquals(jar.out(), withoutArchive.out());
        assertEquals("", withoutArchive.err());

        Files.writeString(bare.resolve("lib/cgoguard.jsa"), "not an archive");
        Files.writeString(bare.resolve("lib/cgoguard.jsa.java"), "/some/other/java\n");
        ShadedJarTest.Run otherJava = launch(bare, project, "lint", "--format", "json");
        assertEquals(jar.out(), otherJava.out());
        assertEquals("", otherJava.err());
    }
}
