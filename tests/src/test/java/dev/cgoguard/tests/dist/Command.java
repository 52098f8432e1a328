package dev.cgoguard.tests.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A process the tests run (tar, chroot, the launcher, pre-commit, bash), with what it printed. */
record Command(int exit, String out, String err) {

    /** Runs {@code command} in {@code directory} with exactly the environment {@code env}. */
    static Command run(List<String> command, Path directory, Map<String, String> env, int timeoutSeconds)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("cgoguard-test-out", ".txt");
        Path err = Files.createTempFile("cgoguard-test-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().clear();
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
                return new Command(-1, Files.readString(out, StandardCharsets.UTF_8),
                        "timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
            }
            return new Command(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Runs with the environment the tests run in, plus or minus ({@code null}) some variables. */
    static Command inherit(List<String> command, Path directory, Map<String, String> changes, int timeoutSeconds)
            throws IOException, InterruptedException {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        changes.forEach((name, value) -> {
            if (value == null) {
                env.remove(name);
            } else {
                env.put(name, value);
            }
        });
        return run(command, directory, env, timeoutSeconds);
    }

    /** Fails the calling test with the command's output unless it exited 0. */
    Command ok(String what) {
        if (exit != 0) {
            throw new AssertionError(what + " exited " + exit + "\nstdout: " + out + "\nstderr: " + err);
        }
        return this;
    }
}
