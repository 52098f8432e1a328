package dev.cgoguard.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** The fixture projects under tests/fixtures, each copied to a scratch directory before use. */
final class Fixtures {
    private Fixtures() {
    }

    static Path root() {
        return Paths.get(System.getProperty("cgoguard.fixtures", "fixtures")).toAbsolutePath().normalize();
    }

    static List<String> names() {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a fixture, without its expected.json, into a new directory under {@code scratch}. */
    static Path copy(String name, Path scratch) throws IOException {
        Path source = root().resolve(name);
        Path target = scratch.resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path rel = source.relativize(file);
                if (rel.toString().equals("expected.json")) {
                    continue;
                }
                Path dest = target.resolve(rel.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(file, dest, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return target;
    }

    static String expected(String name) throws IOException {
        return Files.readString(root().resolve(name).resolve("expected.json"));
    }
}
