package dev.cgoguard.make;

import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads Makefiles and answers {@code $(wildcard)} from the workspace only: a workspace file, or a
 * file on disk whose real path stays under the workspace root. Nothing outside the root is read.
 */
final class MakefileSources {
    private final Workspace workspace;

    MakefileSources(Workspace workspace) {
        this.workspace = workspace;
    }

    Workspace workspace() {
        return workspace;
    }

    /** The workspace-relative, normalised path of a name seen from a directory, or empty when outside. */
    Optional<String> resolve(String directory, String name) {
        if (name.isEmpty() || MakeUnknown.contains(name) || name.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        if (name.startsWith("/")) {
            try {
                return workspace.relativize(Path.of(name)).filter(p -> !p.isEmpty());
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        List<String> parts = new ArrayList<>();
        String joined = directory.isEmpty() ? name : directory + "/" + name;
        for (String p : joined.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(p);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /** The text of a workspace-relative file, or empty when it is neither in the workspace nor safely on disk. */
    Optional<SourceText> read(String relPath) {
        Optional<WorkspaceFile> file = workspace.file(relPath);
        if (file.isPresent()) {
            return Optional.of(file.get().text());
        }
        try {
            Path root = workspace.root().toRealPath();
            Path candidate = workspace.root().resolve(relPath);
            if (!Files.isRegularFile(candidate)) {
                return Optional.empty();
            }
            Path real = candidate.toRealPath();
            if (!real.startsWith(root) || Files.size(real) > WorkspaceScanner.MAX_FILE_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new SourceText(Files.readString(real, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    boolean exists(String relPath) {
        return workspace.file(relPath).isPresent() || read(relPath).isPresent();
    }

    /** Workspace paths matching a glob ({@code * ? [..]} per path segment), seen from a directory. */
    List<String> glob(String directory, String pattern) {
        TreeSet<String> out = new TreeSet<>();
        Optional<String> resolved = resolve(directory, pattern);
        if (resolved.isEmpty()) {
            return List.of();
        }
        String prefix = directory.isEmpty() ? "" : directory + "/";
        boolean relative = !pattern.startsWith("/");
        if (!hasMagic(pattern)) {
            String rel = resolved.get();
            if (workspace.file(rel).isPresent() || onDisk(rel)) {
                out.add(pattern);
            }
            return new ArrayList<>(out);
        }
        Pattern regex;
        try {
            regex = Pattern.compile(toRegex(resolved.get()));
        } catch (java.util.regex.PatternSyntaxException e) {
            return List.of();
        }
        for (String path : workspace.files().keySet()) {
            if (regex.matcher(path).matches()) {
                out.add(shown(path, prefix, relative));
            }
        }
        walkDisk(resolved.get(), regex, prefix, relative, out);
        return new ArrayList<>(out);
    }

    private String shown(String path, String prefix, boolean relative) {
        if (!relative) {
            return workspace.root().resolve(path).toString();
        }
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    private boolean onDisk(String rel) {
        try {
            Path p = workspace.root().resolve(rel);
            return Files.exists(p) && p.toRealPath().startsWith(workspace.root().toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void walkDisk(String resolved, Pattern regex, String prefix, boolean relative, TreeSet<String> out) {
        int magic = firstMagic(resolved);
        int slash = resolved.lastIndexOf('/', magic);
        String base = slash < 0 ? "" : resolved.substring(0, slash);
        int depth = (int) resolved.substring(slash + 1).chars().filter(c -> c == '/').count() + 1;
        try {
            Path root = workspace.root().toRealPath();
            Path start = workspace.root().resolve(base);
            if (!Files.isDirectory(start) || !start.toRealPath().startsWith(root)) {
                return;
            }
            try (var stream = Files.walk(start, depth)) {
                stream.limit(100_000).forEach(p -> {
                    String rel = workspace.root().relativize(p).toString().replace('\\', '/');
                    if (regex.matcher(rel).matches()) {
                        out.add(shown(rel, prefix, relative));
                    }
                });
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable directory matches nothing, as for make
        }
    }

    private static boolean hasMagic(String pattern) {
        return firstMagic(pattern) < pattern.length();
    }

    private static int firstMagic(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*' || c == '?' || c == '[') {
                return i;
            }
        }
        return pattern.length();
    }

    private static String toRegex(String glob) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> out.append("[^/]*");
                case '?' -> out.append("[^/]");
                case '[' -> {
                    int close = glob.indexOf(']', i + 1);
                    if (close < 0) {
                        out.append("\\[");
                    } else {
                        String set = glob.substring(i + 1, close).replace("\\", "\\\\");
                        out.append('[').append(set.startsWith("!") ? "^" + set.substring(1) : set).append(']');
                        i = close;
                    }
                }
                default -> out.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return out.toString();
    }
}
