package dev.cgoguard.cli;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.RelatedLocation;
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
 * the workspace around it (its nearest folder with a go.mod, else its folder) restricted to the
 * findings that file takes part in. Paths in the JSON and SARIF reports are relative to
 * {@link #displayRoot}; the other formats show them as the user can open them from the current
 * directory, starting from {@link #shownRoot}: the workspace root as a relative argument spells it,
 * else relative to the current directory when it lies below it, else absolute.
 */
record LintTarget(Path workspaceRoot, Optional<Set<Path>> onlyFiles, Path displayRoot, Path shownRoot) {

    static List<LintTarget> of(List<Path> arguments, Path currentDirectory) throws IOException {
        Path cwd = currentDirectory.toAbsolutePath().normalize();
        Path realCwd = cwd.toRealPath();
        List<Path> paths = arguments.isEmpty() ? List.of(cwd) : arguments;
        Path display = paths.size() == 1 && Files.isDirectory(paths.get(0)) ? paths.get(0).toRealPath() : realCwd;
        Map<Path, List<Path>> filesByRoot = new LinkedHashMap<>();
        List<LintTarget> targets = new ArrayList<>();
        for (Path argument : paths) {
            if (!Files.exists(argument)) {
                throw new IOException("no such file or directory: " + argument);
            }
            Path real = argument.toRealPath();
            if (Files.isDirectory(real)) {
                Path shown = arguments.isEmpty() ? Path.of("")
                        : argument.isAbsolute() ? fromCwd(real, realCwd, argument.normalize()) : argument.normalize();
                targets.add(new LintTarget(real, Optional.empty(), display, shown));
            } else {
                filesByRoot.computeIfAbsent(rootOf(real, realCwd), k -> new ArrayList<>()).add(real);
            }
        }
        filesByRoot.forEach((root, files) -> targets.add(new LintTarget(root, Optional.of(Set.copyOf(files)), display,
                fromCwd(root, realCwd, root))));
        return targets;
    }

    /** A folder relative to the current directory when it lies below it, else {@code otherwise}. */
    private static Path fromCwd(Path realFolder, Path realCwd, Path otherwise) {
        return realFolder.startsWith(realCwd) ? realCwd.relativize(realFolder) : otherwise;
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

    /**
     * Whether the finding is reported for this target: every finding of a directory; for file
     * arguments, each finding one of the files takes part in, as its place or as a related
     * location (a Go file given alone reports the Makefile finding its import causes).
     */
    boolean reports(Finding finding) {
        if (onlyFiles.isEmpty()) {
            return true;
        }
        if (includes(workspaceRoot.resolve(finding.location().path()))) {
            return true;
        }
        for (RelatedLocation related : finding.related()) {
            if (includes(workspaceRoot.resolve(related.location().path()))) {
                return true;
            }
        }
        return false;
    }

    /** The path of a workspace file as the JSON and SARIF reports show it: relative to {@link #displayRoot}. */
    String display(String workspaceRelative) {
        Path absolute = workspaceRoot.resolve(workspaceRelative).normalize();
        if (absolute.startsWith(displayRoot)) {
            return displayRoot.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toString();
    }

    /** The path of a workspace file as it can be opened from the current directory: {@code sub/Makefile} for {@code lint sub}. */
    String local(String workspaceRelative) {
        return shownRoot.resolve(workspaceRelative).normalize().toString().replace('\\', '/');
    }
}
