package dev.cgoguard.gopkg;

/**
 * A {@code replace} directive: {@code old [version] => new [version]}. The new path is a local
 * directory when it starts with {@code ./}, {@code ../} or {@code /} (relative to the file's folder).
 */
public record ModuleReplacement(String oldPath, String oldVersion, String newPath, String newVersion) {
    public boolean isLocal() {
        return newPath.startsWith("./") || newPath.startsWith("../") || newPath.startsWith("/")
                || newPath.equals(".") || newPath.equals("..");
    }
}
