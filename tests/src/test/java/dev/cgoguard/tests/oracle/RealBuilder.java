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
        Files.createDirectories(rowDir);
        Files.writeString(rowDir.resolve("go.mod"), "module example.com/oracle\n\ngo " + toolchain.languageVersion() + "\n");
        Files.writeString(rowDir.resolve("main.go"), program.mainGo());
        Files.writeString(rowDir.resolve("Makefile"), config.makefile());
        Files.deleteIfExists(rowDir.resolve("app"));
        return rowDir;
    }

    RealOutcome build(Path project, BuildConfig config) throws IOException, InterruptedException {
        ProcessRunner.Result result = ProcessRunner.run(List.of("bash", "-c", config.command()), project, toolchain.env(), 600);
        if (!result.ok()) {
            return RealOutcome.failed(firstError(result.err()));
        }
        Path binary = project.resolve("app");
        if (!Files.isRegularFile(binary)) {
            return RealOutcome.failed("go build exited 0 but wrote no binary");
        }
        return new RealOutcome(true, null, ElfFacts.read(binary, toolchain.env()), warnings(result.err()));
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
