package dev.cgoguard.cli;

import dev.cgoguard.engine.Analyzer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Runs the command line in-process on copies of the fixture projects. */
record CliRun(int exit, String out, String err) {
    static final Path FIXTURES = Path.of("..", "tests", "fixtures").toAbsolutePath().normalize();

    static CliRun run(String... args) {
        return run(Analyzer::new, args);
    }

    static CliRun run(Supplier<Analyzer> analyzers, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), analyzers, args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Runs as if started in {@code dir}: the text formats show paths from there. */
    static CliRun runIn(Path dir, String... args) {
        return runIn(Analyzer::new, dir, args);
    }

    static CliRun runIn(Supplier<Analyzer> analyzers, Path dir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), analyzers, dir, args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Copies {@code tests/fixtures/<name>} into {@code dir/<name>} (keeping permissions) and returns the copy. */
    static Path copyFixture(String name, Path dir) {
        Path source = FIXTURES.resolve(name);
        Path target = dir.resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path dest = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    static java.util.List<String> fixtureNames() {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
