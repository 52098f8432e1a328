package dev.cgoguard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the command line analyses: one workspace per directory argument, and for a file argument
 * the workspace around it (its nearest folder with a go.mod, else its folder) restricted to that
 * file's findings. Paths in reports are relative to {@link #displayRoot}.
 */
record LintTarget(Path workspaceRoot, Optional<Set<Path>> onlyFiles, Path displayRoot) {

    static List<LintTarget> of(List<Path> arguments, Path currentDirectory) throws IOException {
        Path cwd = currentDirectory.toAbsolutePath().normalize();
        List<Path> paths = arguments.isEmpty() ? List.of(cwd) : arguments;
        Path display = paths.size() == 1 && Files.isDirectory(paths.get(0)) ? paths.get(0).toRealPath() : cwd;
        Map<Path, List<Path>> filesByRoot = new LinkedHashMap<>();
        List<LintTarget> targets = new ArrayList<>();
        for (Path argument : paths) {
            if (!Files.exists(argument)) {
                throw new IOException("no such file or directory: " + argument);
            }
            Path real = argument.toRealPath();
            if (Files.isDirectory(real)) {
                targets.add(new LintTarget(real, Optional.empty(), display));
            } else {
                filesByRoot.computeIfAbsent(rootOf(real, cwd), k -> new ArrayList<>()).add(real);
            }
        }
        filesByRoot.forEach((root, files) -> targets.add(new LintTarget(root, Optional.of(Set.copyOf(files)), display)));
        return targets;
    }

    private static Path rootOf(Path file, Path cwd) {
        Path dir = file.getParent();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("go.mod"))) {
                return p;
            }
            if (p.equals(cwd)) {
                break;
            }
        }
        return file.startsWith(cwd) ? cwd : dir;
    }

    boolean includes(Path absoluteFile) {
        return onlyFiles.map(files -> files.contains(absoluteFile)).orElse(true);
    }

    /** The path of a workspace file as reports show it. */
    String display(String workspaceRelative) {
        Path absolute = workspaceRoot.resolve(workspaceRelative).normalize();
        if (absolute.startsWith(displayRoot)) {
            return displayRoot.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toString();
    }
}
