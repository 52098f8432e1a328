package dev.cgoguard.tests.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archives mvn builds, as a user downloads and unpacks them: each holds the launcher, the jar
 * and the license; the Linux one runs with no Java installed; the plain zip runs with the Java the
 * user has; each checksum file checks.
 */
class ArchivesTest {
    @TempDir
    Path scratch;

    @Test
    void eachArchiveHasAChecksumFileThatSha256sumAccepts() throws Exception {
        for (Path archive : List.of(Distribution.platformArchive(), Distribution.zipArchive())) {
            assertTrue(Files.isRegularFile(archive), archive + " is built by mvn package");
            Path sums = archive.resolveSibling(archive.getFileName() + ".sha256");
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(archive)));
            assertEquals(expected + "  " + archive.getFileName() + "\n", Files.readString(sums));
            Command.inherit(List.of("sha256sum", "-c", sums.getFileName().toString()), archive.getParent(), Map.of(), 60)
                    .ok("sha256sum -c " + sums.getFileName());
        }
    }

    @Test
    void eachArchiveHoldsTheLauncherTheJarAndTheLicense() throws Exception {
        String license = Files.readString(Distribution.repository().resolve("LICENSE"));
        assertTrue(license.contains("Apache License") && license.contains("Version 2.0, January 2004"), "LICENSE is Apache-2.0");
        Path platform = Distribution.unpackPlatform(Files.createDirectories(scratch.resolve("platform")));
        Path zip = Distribution.unpackZip(Files.createDirectories(scratch.resolve("zip")));
        for (Path home : List.of(platform, zip)) {
            assertTrue(Files.isExecutable(home.resolve("bin/cgoguard")), home + "/bin/cgoguard is executable");
            assertEquals(license, Files.readString(home.resolve("LICENSE")), home + "/LICENSE");
            try (ZipFile jar = new ZipFile(home.resolve("lib/cgoguard.jar").toFile());
                    InputStream in = jar.getInputStream(jar.getEntry("META-INF/LICENSE"))) {
                assertEquals(license, new String(in.readAllBytes(), StandardCharsets.UTF_8), "the jar carries the LICENSE");
            }
        }
        assertTrue(Files.isExecutable(platform.resolve("runtime/bin/java")), "the Linux archive carries a Java runtime");
        assertTrue(Files.isRegularFile(platform.resolve("runtime/lib/server/classes.jsa")),
                "the runtime has its own class-data-sharing archive of the JDK's classes");
        assertTrue(Files.notExists(zip.resolve("runtime")), "the plain zip leaves Java to the user");
    }

    @Test
    void theLinuxArchiveLintsTheExampleWithPathAndJavaHomeClearedOfJava() throws Exception {
        Path home = Distribution.unpackPlatform(scratch);
        Path work = Files.createDirectories(scratch.resolve("work"));
        Distribution.exampleProject(Files.createDirectories(work.resolve("tests")));
        Path bin = Files.createDirectories(scratch.resolve("bin"));
        for (String tool : List.of("sh", "dirname", "ls", "sed", "readlink", "cat")) {
            Files.copy(Path.of("/bin", tool).toRealPath(), bin.resolve(tool), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
        Map<String, String> env = Map.of("PATH", bin.toString(), "HOME", scratch.toString());
        assertNotEquals(0, Command.run(List.of("/bin/sh", "-c", "command -v java"), work, env, 10).exit(), "no java on PATH");

        Command lint = Command.run(List.of(home.resolve("bin/cgoguard").toString(), "lint", "tests/example-project"), work, env, 120);
        assertEquals(1, lint.exit(), lint.err());
        assertEquals(List.of("tests/example-project/Makefile:12:2: info", "tests/example-project/Makefile:16:2: error"),
                findingLines(lint.out()), lint.out());
        assertTrue(lint.out().endsWith("2 findings (1 error, 1 info) in 1 file\n"), lint.out());
        assertEquals("", lint.err());

        Map<String, String> shown = Map.of("PATH", bin.toString(), "HOME", scratch.toString(),
                "CGOGUARD_JAVA_OPTS", "-XshowSettings:properties");
        Command settings = Command.run(List.of(home.resolve("bin/cgoguard").toString(), "--version"), work, shown, 60);
        assertTrue(settings.err().contains("java.home = " + home.resolve("runtime")), "the runtime it carries runs it: " + settings.err());
        assertTrue(settings.out().startsWith("cgoguard " + Distribution.version() + " (commit "), settings.out());
    }

    @Test
    void theZipRunsWithTheJavaTheUserHas() throws Exception {
        Path home = Distribution.unpackZip(scratch);
        Path work = Files.createDirectories(scratch.resolve("work"));
        Distribution.exampleProject(work);
        Command lint = Command.inherit(List.of(home.resolve("bin/cgoguard").toString(), "lint", "example-project"), work,
                Map.of("JAVA_HOME", System.getProperty("java.home")), 120);
        assertEquals(1, lint.exit(), lint.err());
        assertEquals(List.of("example-project/Makefile:12:2: info", "example-project/Makefile:16:2: error"),
                findingLines(lint.out()), lint.out());
    }

    /** {@code path:line:col: severity} of each finding line of a text report. */
    static List<String> findingLines(String report) {
        return report.lines().filter(line -> line.matches("\\S+:\\d+:\\d+: (error|warning|info|hint): .*"))
                .map(line -> line.substring(0, line.indexOf(": ", line.indexOf(": ") + 2))).toList();
    }
}
