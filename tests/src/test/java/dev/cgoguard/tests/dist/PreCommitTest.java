package dev.cgoguard.tests.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's pre-commit set-up, run with Debian's pre-commit in a temporary git repository: the
 * configuration as the README writes it (only the repository URL points at a local clone holding
 * this repository's .pre-commit-hooks.yaml at the tag the README names), the launcher of the Linux
 * archive on PATH as the install section puts it there, and commits that stage the files a
 * developer would.
 */
class PreCommitTest {
    private static final String INSTALL_HINT = "Install pre-commit (apt-get install pre-commit) to run the pre-commit test.";
    private static final String README_REPOSITORY = "https://github.com/cgoguard/cgoguard";

    @TempDir
    Path scratch;

    private Path project;
    private Map<String, String> env;

    @BeforeEach
    void setUp() throws Exception {
        Path preCommit = preCommit();
        Path hooks = Files.createDirectories(scratch.resolve("cgoguard-hooks"));
        Files.copy(Distribution.repository().resolve(".pre-commit-hooks.yaml"), hooks.resolve(".pre-commit-hooks.yaml"));
        Path bin = Files.createDirectories(scratch.resolve("home/.local/bin"));
        Path installed = Distribution.unpackPlatform(Files.createDirectories(scratch.resolve("home/.local/share")));
        Files.createSymbolicLink(bin.resolve("cgoguard"), installed.resolve("bin/cgoguard"));

        env = new HashMap<>();
        env.put("PATH", bin + ":" + preCommit.getParent() + ":/usr/local/bin:/usr/bin:/bin");
        env.put("HOME", scratch.resolve("home").toString());
        env.put("PRE_COMMIT_HOME", scratch.resolve("pre-commit-cache").toString());
        env.put("GIT_AUTHOR_NAME", "Dev");
        env.put("GIT_AUTHOR_EMAIL", "dev@example.com");
        env.put("GIT_COMMITTER_NAME", "Dev");
        env.put("GIT_COMMITTER_EMAIL", "dev@example.com");
        env.put("LANG", "C.UTF-8");
        git(hooks, "init", "-q");
        git(hooks, "add", ".");
        git(hooks, "commit", "-q", "-m", "hooks");
        git(hooks, "tag", "v" + Distribution.version());

        project = Files.createDirectories(scratch.resolve("project"));
        write("go.mod", "module example.com/app\n\ngo 1.22\n");
        write("Makefile", "build:\n\tgo build -ldflags '-extldflags \"-static\"' -o bin/app ./cmd/app\n");
        write("internal/cinfo/cinfo.go", "package cinfo\n\n// #include <stdio.h>\nimport \"C\"\n\nfunc Print() { C.puts(C.CString(\"hi\")) }\n");
        write("cmd/app/main.go", "package main\n\nimport \"example.com/app/internal/cinfo\"\n\nfunc main() { cinfo.Print() }\n");
        String config = ReadmeSnippets.block("yaml", "repos:");
        assertTrue(config.contains("repo: " + README_REPOSITORY), config);
        assertTrue(config.contains("rev: v" + Distribution.version()), "the README names this version's tag: " + config);
        write(".pre-commit-config.yaml", config.replace(README_REPOSITORY, hooks.toUri().toString()));
        git(project, "init", "-q");
        git(project, "add", ".");
        git(project, "commit", "-q", "-m", "a static build without lookups");
        run(List.of("pre-commit", "install")).ok("pre-commit install");
    }

    @Test
    void stagingOnlyTheGoImportReportsTheMakefilesFinding() throws Exception {
        write("cmd/app/main.go", "package main\n\nimport (\n\t\"fmt\"\n\t\"os/user\"\n\n\t\"example.com/app/internal/cinfo\"\n)\n\n"
                + "func main() {\n\tu, _ := user.Current()\n\tfmt.Println(u)\n\tcinfo.Print()\n}\n");
        git(project, "add", "cmd/app/main.go");
        Command commit = run(List.of("git", "commit", "-m", "look the user up"));
        assertEquals(1, commit.exit(), "the hook stops the commit: " + commit.out() + commit.err());
        String output = commit.out() + commit.err();
        assertTrue(output.contains("Makefile:2:2: error: this go build links glibc statically"), output);
        assertTrue(output.contains("    cmd/app/main.go:5:2: imports os/user"), output);
        assertTrue(output.contains("[static-glibc-nss]"), output);
        assertEquals("a static build without lookups", git(project, "log", "-1", "--format=%s").strip(), "nothing was committed");
    }

    @Test
    void aStagedFileWithoutFindingsCommits() throws Exception {
        write("cmd/app/main.go", "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/app/internal/cinfo\"\n)\n\n"
                + "func main() {\n\tfmt.Println(\"start\")\n\tcinfo.Print()\n}\n");
        git(project, "add", "cmd/app/main.go");
        run(List.of("git", "commit", "-q", "-m", "say hello")).ok("git commit");
        assertEquals("say hello", git(project, "log", "-1", "--format=%s").strip());
    }

    @Test
    void theHookRunsOnStagedBuildFiles() throws Exception {
        write("Makefile", "build:\n\tgo build -ldflags '-extldflags \"-static\"' -o bin/app ./cmd/app\n"
                + "user:\n\tgo build -ldflags '-extldflags \"-static\"' -o bin/user ./cmd/user\n");
        write("cmd/user/main.go", "package main\n\nimport (\n\t\"os/user\"\n\n\t\"example.com/app/internal/cinfo\"\n)\n\n"
                + "func main() {\n\t_, _ = user.Current()\n\tcinfo.Print()\n}\n");
        git(project, "add", "Makefile", "cmd/user/main.go");
        Command commit = run(List.of("git", "commit", "-m", "a second binary"));
        assertEquals(1, commit.exit(), commit.out() + commit.err());
        assertTrue((commit.out() + commit.err()).contains("Makefile:4:2: error: "), commit.out() + commit.err());
    }

    private void write(String path, String text) throws Exception {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String git(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return Command.run(command, dir, env, 60).ok("git " + String.join(" ", args)).out();
    }

    private Command run(List<String> command) throws Exception {
        return Command.run(command, project, env, 300);
    }

    /** Debian's pre-commit, installed with apt-get when it is missing. */
    private static Path preCommit() throws Exception {
        Path found = Path.of("/usr/bin/pre-commit");
        if (!Files.isExecutable(found)) {
            Map<String, String> noninteractive = Map.of("DEBIAN_FRONTEND", "noninteractive");
            if (Command.inherit(List.of("apt-get", "install", "-y", "pre-commit"), Path.of("/"), noninteractive, 600).exit() != 0) {
                Command.inherit(List.of("apt-get", "update"), Path.of("/"), noninteractive, 600);
                Command.inherit(List.of("apt-get", "install", "-y", "pre-commit"), Path.of("/"), noninteractive, 600);
            }
        }
        if (!Files.isExecutable(found)) {
            fail(INSTALL_HINT);
        }
        return found;
    }
}
