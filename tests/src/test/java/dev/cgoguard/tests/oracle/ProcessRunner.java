package dev.cgoguard.tests.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a real tool (tests only; the product never runs a process) and captures what it printed. */
final class ProcessRunner {
    record Result(int exit, String out, String err) {
        boolean ok() {
            return exit == 0;
        }
    }

    private ProcessRunner() {
    }

    /**
     * Runs {@code command} in {@code directory}; {@code env} entries with a null value are removed
     * from the inherited environment. Output goes through files so a chatty tool cannot block.
     */
    static Result run(List<String> command, Path directory, Map<String, String> env, int timeoutSeconds)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("oracle-out", ".txt");
        Path err = Files.createTempFile("oracle-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            env.forEach((name, value) -> {
                if (value == null) {
                    builder.environment().remove(name);
                } else {
                    builder.environment().put(name, value);
                }
            });
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
                return new Result(-1, Files.readString(out, StandardCharsets.UTF_8),
                        "timed out after " + timeoutSeconds + " s: " + String.join(" ", command));
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
