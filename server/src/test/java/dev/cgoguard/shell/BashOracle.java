package dev.cgoguard.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a snippet in the real bash (tests only) and returns what its {@code printf '%s\0'} printed. */
final class BashOracle {
    private BashOracle() {
    }

    /** Runs in {@code directory}, which should be empty so that globs stay literal as the evaluator keeps them. */
    static List<String> printedFields(String snippet, Path directory) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", snippet);
        builder.directory(directory.toFile());
        builder.redirectErrorStream(false);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(name -> name.startsWith("CG_"));
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output;
        try (InputStream in = process.getInputStream()) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            output = buffer.toByteArray();
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        String text = new String(output, StandardCharsets.UTF_8);
        List<String> fields = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\0') {
                fields.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return fields;
    }
}
