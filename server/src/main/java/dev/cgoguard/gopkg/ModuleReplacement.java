package dev.cgoguard.gopkg;

import java.util.Objects;

/**
 * A {@code replace} directive: {@code old [version] => new [version]}. The new path is a local
 * directory when it starts with {@code ./}, {@code ../} or {@code /} (relative to the file's folder).
 */
public record ModuleReplacement(String oldPath, String oldVersion, String newPath, String newVersion) {
    public boolean isLocal() {
        return newPath.startsWith("./") || newPath.startsWith("../") || newPath.startsWith("/")
                || newPath.equals(".") || newPath.equals("..");
    }

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ModuleReplacement that
                && Objects.equals(oldPath, that.oldPath)
                && Objects.equals(oldVersion, that.oldVersion)
                && Objects.equals(newPath, that.newPath)
                && Objects.equals(newVersion, that.newVersion);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(oldPath);
        hash = 31 * hash + Objects.hashCode(oldVersion);
        hash = 31 * hash + Objects.hashCode(newPath);
        hash = 31 * hash + Objects.hashCode(newVersion);
        return hash;
    }
}
