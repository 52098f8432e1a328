package dev.cgoguard.gopkg;

import java.nio.file.Path;

/**
 * Module cache layout: {@code <cache>/<escaped module>@<escaped version>/<package folder>}, where
 * escaping writes each upper-case letter as {@code !} and the lower-case letter
 * (github.com/BurntSushi/toml -> github.com/!burnt!sushi/toml).
 */
final class ModuleCachePaths {
    private ModuleCachePaths() {
    }

    static String escape(String path) {
        StringBuilder out = new StringBuilder(path.length() + 4);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out.append('!').append((char) (c - 'A' + 'a'));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The folder of a package of a module version in the cache; null when a part is unusable. */
    static Path packageDir(Path cache, String modulePath, String version, String importPath) {
        if (cache == null || version == null || modulePath.contains("..") || version.contains("/") || version.contains("..")) {
            return null;
        }
        Path moduleDir = cache.resolve(escape(modulePath) + "@" + escape(version));
        String suffix = importPath.equals(modulePath) ? "" : importPath.substring(modulePath.length() + 1);
        if (suffix.contains("..")) {
            return null;
        }
        return suffix.isEmpty() ? moduleDir : moduleDir.resolve(suffix);
    }
}
