package dev.cgoguard.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cgoguard.tests.dist.ReadmeSnippets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as Neovim's built-in LSP client sees it: headless Neovim starts {@code cgoguard lsp},
 * opens the Makefile of a small project and writes down the diagnostics it received.
 */
class NeovimEndToEndTest {
    private static final String INSTALL_HINT = "Install Neovim (apt-get install neovim) to run the editor end-to-end test.";

    @TempDir
    Path work;

    @Test
    void neovimShowsTheStaticGlibcNssDiagnosticOnTheMakefileLine() throws Exception {
        Path nvim = neovim();
        Path project = Files.createDirectories(work.resolve("project"));
        Path jar = Paths.get(System.getProperty("cgoguard.jar", "../server/target/cgoguard.jar")).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(jar), "the shaded jar is missing: " + jar + " (build it with mvn package)");
        Files.writeString(project.resolve("go.mod"), "module example.com/t\n\ngo 1.22\n");
        Files.writeString(project.resolve("main.go"), """
                package main

                // #include <stdlib.h>
                import "C"

                import (
                	"net"
                	"os/user"
                )

                func main() {
                	net.LookupHost("example.com")
                	user.Current()
                }
                """);
        Files.writeString(project.resolve("Makefile"), "run:\n\tgo run -ldflags '-extldflags \"-static\"' main.go\n");
        Path script = work.resolve("cgoguard-diagnostics.lua");
        try (InputStream in = NeovimEndToEndTest.class.getResourceAsStream("/editor/cgoguard-diagnostics.lua")) {
            Files.write(script, in.readAllBytes());
        }
        Path out = work.resolve("diagnostics.txt");

        ProcessBuilder builder = new ProcessBuilder(nvim.toString(), "--headless", "--clean", "-c", "luafile " + script)
                .directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("nvim.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("CGOGUARD_JAVA", Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        env.put("CGOGUARD_JAR", jar.toString());
        env.put("CGOGUARD_PROJECT", project.toRealPath().toString());
        env.put("CGOGUARD_OUT", out.toString());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("headless Neovim did not finish within 120 s");
        }
        assertTrue(Files.exists(out), "Neovim wrote no diagnostics file; its log: "
                + Files.readString(work.resolve("nvim.log")));
        List<String> received = Files.readAllLines(out).stream().filter(line -> !line.isBlank()).toList();
        assertTrue(received.contains("static-glibc-nss|1|cgoguard"), "Neovim received: " + received);
        assertEquals(0, process.exitValue(), "Neovim's exit status");
    }

    /**
     * The README's snippet for Neovim 0.7-0.9 as users paste it into init.lua, with the launcher
     * installed where the README's install lines put it, Neovim started in another folder than the
     * project's, and the Makefile opened by its path: the workspace root comes from go.mod, and the
     * diagnostic links to the rule's page.
     */
    @Test
    void theReadmeSnippetFindsTheRootFromGoModAndStartsTheLauncher() throws Exception {
        Path nvim = neovim();
        Path home = Files.createDirectories(work.resolve("home"));
        Path share = Files.createDirectories(home.resolve(".local/share"));
        Path bin = Files.createDirectories(home.resolve(".local/bin"));
        Path archive = Paths.get(System.getProperty("cgoguard.repositoryRoot", "..")).toAbsolutePath().normalize()
                .resolve("server/target/cgoguard-" + System.getProperty("cgoguard.version", "0.1.0") + "-linux-x64.tar.gz");
        assertTrue(Files.isRegularFile(archive), "the Linux archive is missing: " + archive + " (build it with mvn package)");
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", share.toString()).inheritIO().start();
        assertEquals(0, tar.waitFor());
        Files.createSymbolicLink(bin.resolve("cgoguard"),
                share.resolve("cgoguard-" + System.getProperty("cgoguard.version", "0.1.0") + "/bin/cgoguard"));

        Path project = Files.createDirectories(work.resolve("projects/shop"));
        Files.writeString(project.resolve("go.mod"), "module example.com/shop\n\ngo 1.22\n");
        Files.createDirectories(project.resolve("internal/users"));
        Files.writeString(project.resolve("internal/users/users.go"), """
                package users

                // #include <stdlib.h>
                import "C"

                import "os/user"

                func Name() string { u, _ := user.Current(); return u.Username }
                """);
        Files.writeString(project.resolve("main.go"), "package main\n\nimport \"example.com/shop/internal/users\"\n\n"
                + "func main() { println(users.Name()) }\n");
        Files.writeString(project.resolve("Makefile"), "build:\n\tgo build -ldflags '-extldflags \"-static\"' -o shop .\n");
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));

        Path init = work.resolve("init.lua");
        Files.writeString(init, ReadmeSnippets.block("lua", "cgoguard_clients"));
        Path driver = work.resolve("open-and-record.lua");
        try (InputStream in = NeovimEndToEndTest.class.getResourceAsStream("/editor/open-and-record.lua")) {
            Files.write(driver, in.readAllBytes());
        }
        Path out = work.resolve("recorded.txt");
        ProcessBuilder builder = new ProcessBuilder(nvim.toString(), "--headless", "-u", init.toString(), "-c", "luafile " + driver)
                .directory(elsewhere.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("nvim-readme.log").toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("HOME", home.toString());
        env.put("PATH", bin + ":/usr/bin:/bin");
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        env.put("XDG_STATE_HOME", home.resolve(".local/state").toString());
        env.put("CGOGUARD_FILE", project.resolve("Makefile").toString());
        env.put("CGOGUARD_OUT", out.toString());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("headless Neovim did not finish within 120 s");
        }
        assertTrue(Files.exists(out), "Neovim wrote nothing; its log: " + Files.readString(work.resolve("nvim-readme.log")));
        List<String> recorded = Files.readAllLines(out).stream().filter(line -> !line.isBlank()).toList();
        assertTrue(recorded.contains("static-glibc-nss|1|cgoguard|https://github.com/cgoguard/cgoguard/blob/v"
                + System.getProperty("cgoguard.version", "0.1.0") + "/server/src/main/resources/dev/cgoguard/rules/static-glibc-nss.md"),
                "Neovim recorded: " + recorded);
        assertEquals(List.of("root|" + project.toRealPath()), recorded.stream().filter(line -> line.startsWith("root|")).toList(),
                "one client, rooted at the folder with the go.mod");
        assertEquals(0, process.exitValue(), "Neovim's exit status");
    }

    /** Neovim on the PATH, installed with apt-get when it is missing. */
    private static Path neovim() throws IOException, InterruptedException {
        Path found = onPath("nvim");
        if (found == null) {
            if (run("apt-get", "install", "-y", "neovim") != 0) {
                run("apt-get", "update");
                run("apt-get", "install", "-y", "neovim");
            }
            found = onPath("nvim");
        }
        if (found == null) {
            fail(INSTALL_HINT);
        }
        return found;
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Paths.get(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static int run(String... command) throws InterruptedException {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            Process process = builder.start();
            if (!process.waitFor(600, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            return -1;
        }
    }
}
