package dev.cgoguard.tests.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** The archives the build made (server/target) and the repository they were made from. */
final class Distribution {
    private Distribution() {
    }

    static String version() {
        return System.getProperty("cgoguard.version", "0.1.0");
    }

    static Path repository() {
        return Paths.get(System.getProperty("cgoguard.repositoryRoot", "..")).toAbsolutePath().normalize();
    }

    static Path serverTarget() {
        return repository().resolve("server/target");
    }

    /** {@code x64} or {@code aarch64}, as the platform archive's name says. */
    static String arch() {
        String arch = System.getProperty("os.arch");
        return arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch;
    }

    static Path platformArchive() {
        return serverTarget().resolve("cgoguard-" + version() + "-linux-" + arch() + ".tar.gz");
    }

    static Path zipArchive() {
        return serverTarget().resolve("cgoguard-" + version() + ".zip");
    }

    /** Unpacks the platform archive into {@code dir}; returns its top folder, {@code cgoguard-<version>}. */
    static Path unpackPlatform(Path dir) throws IOException, InterruptedException {
        Command.inherit(List.of("tar", "-xzf", platformArchive().toString(), "-C", dir.toString()), dir, Map.of(), 120)
                .ok("tar -xzf " + platformArchive());
        return dir.resolve("cgoguard-" + version());
    }

    /** Unpacks the plain zip into {@code dir}; returns its top folder. */
    static Path unpackZip(Path dir) throws IOException, InterruptedException {
        Command.inherit(List.of("unzip", "-q", zipArchive().toString(), "-d", dir.toString()), dir, Map.of(), 120)
                .ok("unzip " + zipArchive());
        return dir.resolve("cgoguard-" + version());
    }

    /** A copy of tests/example-project, the README's example, in {@code dir}. */
    static Path exampleProject(Path dir) throws IOException {
        Path source = repository().resolve("tests/example-project");
        Path target = dir.resolve("example-project");
        try (var files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path dest = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(file, dest);
                }
            }
        }
        return target;
    }
}
