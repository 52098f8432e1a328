package dev.cgoguard.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the settings file that governs a path: the nearest {@code .cgoguard.yaml} (or
 * {@code .cgoguard.yml}) in its folder or above, looking no higher than the root of the git
 * repository that holds it (a folder with {@code .git}) or the file-system root.
 */
public final class SettingsFileLocator {
    public static final String FILE_NAME = ".cgoguard.yaml";
    private static final String ALTERNATIVE_NAME = ".cgoguard.yml";

    private SettingsFileLocator() {
    }

    public static Optional<Path> nearest(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (Path p = dir; p != null; p = p.getParent()) {
            for (String name : new String[] {FILE_NAME, ALTERNATIVE_NAME}) {
                Path candidate = p.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
            if (Files.exists(p.resolve(".git"))) {
                break;
            }
        }
        return Optional.empty();
    }
}
