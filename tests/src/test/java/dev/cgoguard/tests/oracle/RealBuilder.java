package dev.cgoguard.tests.oracle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds one row with the real toolchain: writes the program, its go.mod and the Makefile into a
 * project directory, runs the recipe's go build command through bash, then reads the binary.
 * The glibc linker's "Using 'X' in statically linked applications" warnings need no {@code -x} or
 * {@code -ldflags=-v}: the go command passes the external linker's output through to stderr even
 * when the link succeeds (checked with go1.19.8).
 */
final class RealBuilder {
    private static final Pattern STATIC_WARNING = Pattern.compile("Using '([A-Za-z0-9_]+)' in statically linked applications");

    private final GoToolchain toolchain;

    RealBuilder(GoToolchain toolchain) {
        this.toolchain = toolchain;
    }

    /** Writes main.go, go.mod and the Makefile: the same project both sides look at. */
    Path writeProject(Path rowDir, OracleProgram program, BuildConfig config) throws IOException {
        clear(rowDir);
        Files.writeString(rowDir.resolve("go.mod"), "module example.com/oracle\n\ngo " + toolchain.languageVersion() + "\n");
        Files.writeString(rowDir.resolve("main.go"), program.mainGo());
        Files.writeString(rowDir.resolve("Makefile"), config.makefile());
        Files.deleteIfExists(rowDir.resolve("app"));
        return rowDir;
    }

    /** Writes main.go, go.mod and {@code file} with {@code command} as its go command. */
    Path writeProject(Path rowDir, OracleProgram program, BuildFile file, String command) throws IOException {
        clear(rowDir);
        Files.writeString(rowDir.resolve("go.mod"), "module example.com/oracle\n\ngo " + toolchain.languageVersion() + "\n");
        Files.writeString(rowDir.resolve("main.go"), program.mainGo());
        file.write(rowDir, command);
        return rowDir;
    }

    /** An empty directory for a row: a row of an earlier run may have left other build files there. */
    private static void clear(Path rowDir) throws IOException {
        if (Files.exists(rowDir)) {
            try (java.util.stream.Stream<Path> old = Files.walk(rowDir)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(rowDir)).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(rowDir);
    }

    /** Builds a row of the matrix: its command, run through bash. */
    RealOutcome build(Path project, BuildConfig config) throws IOException, InterruptedException {
        return run(project, List.of(new BuildFile.Step(List.of("bash", "-c", config.command()), java.util.Map.of())));
    }

    /** Builds a project whose go command is written in {@code file}: what the file kind runs, step by step (see {@link BuildFile}). */
    RealOutcome build(Path project, BuildFile file) throws IOException, InterruptedException {
        return run(project, file.steps(project));
    }

    private RealOutcome run(Path project, List<BuildFile.Step> steps) throws IOException, InterruptedException {
        Files.deleteIfExists(project.resolve("app"));
        StringBuilder stderr = new StringBuilder();
        for (BuildFile.Step step : steps) {
            java.util.Map<String, String> env = new java.util.HashMap<>(toolchain.env());
            env.putAll(step.env());
            ProcessRunner.Result result = ProcessRunner.run(step.argv(), project, env, 600);
            stderr.append(result.err());
            if (!result.ok()) {
                return RealOutcome.failed(firstError(result.err()));
            }
        }
        Path binary = project.resolve("app");
        if (!Files.isRegularFile(binary)) {
            return RealOutcome.failed("the build exited 0 but wrote no binary");
        }
        return new RealOutcome(true, null, ElfFacts.read(binary, toolchain.env()), warnings(stderr.toString()));
    }

    static List<String> warnings(String stderr) {
        List<String> functions = new ArrayList<>();
        Matcher m = STATIC_WARNING.matcher(stderr);
        while (m.find()) {
            if (!functions.contains(m.group(1))) {
                functions.add(m.group(1));
            }
        }
        functions.sort(null);
        return functions;
    }

    /**
     * The line that says why: the linker's own complaint first ("ld: read-only segment has dynamic
     * relocations"), then the go command's error, never a "# package" header or a linker warning.
     */
    static String firstError(String stderr) {
        String keyword = null;
        String fallback = null;
        for (String line : stderr.split("\n")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#") || text.contains("warning")) {
                continue;
            }
            if (text.contains("/ld: ") && !text.contains("in function")) {
                return shorten(text);
            }
            if (keyword == null && (text.contains("error") || text.contains("exclude") || text.contains("requires"))) {
                keyword = text;
            }
            if (fallback == null) {
                fallback = text;
            }
        }
        String found = keyword != null ? keyword : fallback;
        return found == null ? "failed with no message" : shorten(found);
    }

    private static String shorten(String text) {
        return text.length() > 140 ? text.substring(0, 137) + "..." : text;
    }
}
