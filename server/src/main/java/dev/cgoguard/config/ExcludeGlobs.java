package dev.cgoguard.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code --exclude} and {@code exclude:} globs, matched against workspace-relative paths with
 * {@code /}: {@code vendor/**}, {@code build/Dockerfile.*}; a glob without {@code /} also matches a
 * file or folder name at any depth ({@code *.mk}). An excluded folder is not entered.
 */
public final class ExcludeGlobs implements Predicate<String> {
    /** Leaves nothing out. */
    public static final ExcludeGlobs NONE = new ExcludeGlobs(List.of());

    private final List<String> globs;
    private final List<PathMatcher> pathMatchers = new ArrayList<>();
    private final List<PathMatcher> nameMatchers = new ArrayList<>();

    /** @throws IllegalArgumentException naming the glob that is not valid */
    public ExcludeGlobs(List<String> globs) {
        this.globs = List.copyOf(globs);
        for (String raw : globs) {
            String glob = raw.strip();
            while (glob.startsWith("./")) {
                glob = glob.substring(2);
            }
            while (glob.length() > 1 && glob.endsWith("/")) {
                glob = glob.substring(0, glob.length() - 1);
            }
            if (glob.isEmpty()) {
                continue;
            }
            try {
                PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
                (glob.contains("/") ? pathMatchers : nameMatchers).add(matcher);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("bad exclude glob '" + raw + "': " + e.getDescription());
            }
        }
    }

    @Override
    public boolean test(String relativePath) {
        if (pathMatchers.isEmpty() && nameMatchers.isEmpty()) {
            return false; // the walk asks of every file and folder: no path made when nothing is excluded
        }
        Path path = Path.of(relativePath);
        for (PathMatcher m : pathMatchers) {
            if (m.matches(path)) {
                return true;
            }
        }
        Path name = path.getFileName();
        for (PathMatcher m : nameMatchers) {
            if (m.matches(path) || name != null && m.matches(name)) {
                return true;
            }
        }
        return false;
    }

    /** The globs as given. */
    public List<String> globs() {
        return globs;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExcludeGlobs that && that.globs.equals(globs);
    }

    @Override
    public int hashCode() {
        return globs.hashCode();
    }
}
