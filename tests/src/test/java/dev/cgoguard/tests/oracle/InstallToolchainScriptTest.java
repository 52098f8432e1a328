package dev.cgoguard.tests.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tests/oracle/install-toolchain.sh on a PATH of stand-in tools: it installs only what is
 * missing, updates the package lists when the first install fails, and without apt-get fails
 * with one sentence that says what to install.
 */
class InstallToolchainScriptTest {
    @TempDir
    Path bin;

    private static Path script() {
        return Paths.get(System.getProperty("cgoguard.oracle.script", "oracle/install-toolchain.sh")).toAbsolutePath();
    }

    private void tool(String name, String body) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private ProcessRunner.Result runScript() throws Exception {
        return ProcessRunner.run(List.of("/bin/bash", script().toString()), bin, Map.of("PATH", bin.toString()), 60);
    }

    @Test
    void withoutAptGetFailsWithOneSentenceNamingThePackages() throws Exception {
        tool("gcc", "exit 0");
        ProcessRunner.Result result = runScript();
        assertEquals(2, result.exit(), result.err());
        String sentence = result.err().strip();
        assertEquals(1, sentence.lines().count(), "one sentence: " + sentence);
        assertTrue(sentence.startsWith("apt-get is not available: install the Debian packages golang-go, gcc, musl-tools"), sentence);
        assertTrue(sentence.contains("missing here: golang-go musl-tools binutils"), sentence);
    }

    @Test
    void installsNothingWhenEveryToolIsPresent() throws Exception {
        for (String name : List.of("go", "gcc", "musl-gcc", "readelf")) {
            tool(name, "exit 0");
        }
        tool("apt-get", "echo \"$*\" >> \"" + bin.resolve("apt.log") + "\"");
        ProcessRunner.Result result = runScript();
        assertEquals(0, result.exit(), result.err());
        assertTrue(Files.notExists(bin.resolve("apt.log")), "apt-get was not called");
    }

    @Test
    void installsOnlyTheMissingPackagesAndUpdatesTheListsWhenTheFirstTryFails() throws Exception {
        for (String name : List.of("gcc", "readelf")) {
            tool(name, "exit 0");
        }
        tool("id", "echo 0");
        Path log = bin.resolve("apt.log");
        Path updated = bin.resolve("updated");
        tool("apt-get", String.join("\n",
                "echo \"$*\" >> \"" + log + "\"",
                "if [ \"$1\" = update ]; then : > \"" + updated + "\"; exit 0; fi",
                "[ -e \"" + updated + "\" ] || exit 100",
                "exit 0"));
        ProcessRunner.Result result = runScript();
        List<String> calls = Files.readAllLines(log);
        assertEquals(List.of("install -y -q --no-install-recommends golang-go musl-tools",
                "update -q",
                "install -y -q --no-install-recommends golang-go musl-tools"), calls);
        assertEquals(3, result.exit(), "the stand-in apt-get installs nothing runnable, so the check after it fails");
        assertTrue(result.err().strip().startsWith("go is still missing after apt-get install: install the Debian packages"),
                result.err());
    }
}
