package dev.cgoguard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
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
        return launchWith(dist, workingDirectory, "", args);
    }

    /** Runs the launcher with CGOGUARD_JAVA_OPTS set to {@code javaOptions} (none when empty). */
    private static ShadedJarTest.Run launchWith(Path dist, Path workingDirectory, String javaOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", dist.resolve("bin/cgoguard").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("cgoguard-out", ".txt");
        Path err = Files.createTempFile("cgoguard-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.remove("CGOGUARD_JAVA_OPTS");
        if (!javaOptions.isEmpty()) {
            env.put("CGOGUARD_JAVA_OPTS", javaOptions);
        }
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

    /** The archive was made by the Java these tests run with (else the launcher rightly ignores it). */
    private static boolean archiveMadeByThisJava(Path dist) throws IOException {
        Path names = dist.resolve("lib/cgoguard.jsa.java");
        if (!Files.isRegularFile(dist.resolve("lib/cgoguard.jsa")) || !Files.isRegularFile(names)) {
            return false;
        }
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java").toRealPath();
        return Files.readAllLines(names, StandardCharsets.UTF_8).get(0).equals(java.toString());
    }

    @Test
    void theLauncherMapsCgoguardsClassesFromTheArchive() throws Exception {
        Assumptions.assumeTrue(archiveMadeByThisJava(dist()), "the distribution's archive was made by another Java");
        Path project = Fixtures.copy("make-stamped-version-static", scratch);
        Path classes = scratch.resolve("classes.log");
        // -Xshare:on: the JVM stops instead of starting without the archive it was given.
        ShadedJarTest.Run launched = launchWith(dist(), project, "-Xshare:on -Xlog:class+load=info:file=" + classes,
                "lint", "--format", "json");
        ShadedJarTest.Run jar = ShadedJarTest.run(project, "lint", "--format", "json");
        assertEquals(jar.exit(), launched.exit(), launched.err());
        assertEquals(jar.out(), launched.out());
        List<String> loaded = Files.readAllLines(classes, StandardCharsets.UTF_8);
        for (String name : List.of("dev.cgoguard.cli.Main", "picocli.CommandLine", "dev.cgoguard.make.MakeEvaluator")) {
            assertTrue(loaded.stream().anyMatch(line -> line.contains("] " + name + " source: shared objects file")),
                    name + " is mapped from the archive: " + loaded.stream().filter(line -> line.contains(name)).toList());
        }
    }

    @Test
    void aCopyOfTheDistributionOrAChangedJarDoesNotUseTheArchive() throws Exception {
        Assumptions.assumeTrue(archiveMadeByThisJava(dist()), "the distribution's archive was made by another Java");
        Path project = Fixtures.copy("make-stamped-version-static", scratch);
        ShadedJarTest.Run jar = ShadedJarTest.run(project, "lint", "--format", "json");

        // The archive names the jar it was made from; given to the JVM beside another jar, it would
        // switch class-data sharing off altogether, which -Xshare:on turns into a failed start.
        Path copy = scratch.resolve("copy");
        for (String file : List.of("bin/cgoguard", "lib/cgoguard.jar", "lib/cgoguard.jsa", "lib/cgoguard.jsa.java")) {
            Files.createDirectories(copy.resolve(file).getParent());
            Files.copy(dist().resolve(file), copy.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
        }
        ShadedJarTest.Run copied = launchWith(copy, project, "-Xshare:on", "lint", "--format", "json");
        assertEquals(jar.out(), copied.out(), copied.err());
        assertEquals("", copied.err());

        // The copy's archive renamed to its jar, then the jar changed after the archive was made.
        List<String> names = Files.readAllLines(copy.resolve("lib/cgoguard.jsa.java"), StandardCharsets.UTF_8);
        Files.writeString(copy.resolve("lib/cgoguard.jsa.java"),
                names.get(0) + "\n" + copy.resolve("lib/cgoguard.jar").toRealPath() + "\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(copy.resolve("lib/cgoguard.jar"),
                FileTime.fromMillis(Files.getLastModifiedTime(copy.resolve("lib/cgoguard.jsa")).toMillis() + 60_000));
        ShadedJarTest.Run changed = launchWith(copy, project, "-Xshare:on", "lint", "--format", "json");
        assertEquals(jar.out(), changed.out(), changed.err());
        assertEquals("", changed.err());
    }
}
