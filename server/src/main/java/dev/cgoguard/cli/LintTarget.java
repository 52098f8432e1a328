package dev.cgoguard.cli;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.RelatedLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the command line analyses: one workspace per directory argument, and for a file argument
 * the workspace around it (its nearest folder with a go.mod, else its folder) restricted to the
 * findings that file takes part in. Paths in the JSON and SARIF reports are relative to
 * {@link #displayRoot}; the other formats show them as the user can open them from the current
 * directory, starting from {@link #shownRoot}: the workspace root as a relative argument spells it,
 * else relative to the current directory when it lies below it, else absolute.
 *
 * <p>The workspace is decided here, before anything is read, from the paths as named: a file's own
 * folder, never the folder a symbolic link leads to (a link named on the command line is a file of
 * the folder it stands in, and the scan refuses it when it leads outside), and a symbolic link to a
 * folder is refused rather than followed.
 */
record LintTarget(Path workspaceRoot, Optional<Set<Path>> onlyFiles, Path displayRoot, Path shownRoot) {

    static List<LintTarget> of(List<Path> arguments, Path currentDirectory) throws IOException {
        Path cwd = currentDirectory.toAbsolutePath().normalize();
        Path realCwd = cwd.toRealPath();
        List<Path> paths = arguments.isEmpty() ? List.of(cwd) : arguments;
        Path display = paths.size() == 1 && isFolder(paths.get(0)) ? paths.get(0).toRealPath() : realCwd;
        Map<Path, List<Path>> filesByRoot = new LinkedHashMap<>();
        List<LintTarget> targets = new ArrayList<>();
        for (Path argument : paths) {
            if (!Files.exists(argument, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("no such file or directory: " + argument);
            }
            if (Files.isSymbolicLink(argument) && Files.isDirectory(argument)) {
                throw new IOException(argument + " is a symbolic link to the folder " + argument.toRealPath()
                        + ": name that folder itself to lint it");
            }
            if (isFolder(argument)) {
                Path real = argument.toRealPath();
                Path shown = arguments.isEmpty() ? Path.of("")
                        : argument.isAbsolute() ? fromCwd(real, realCwd, argument.normalize()) : argument.normalize();
                targets.add(new LintTarget(real, Optional.empty(), display, shown));
                continue;
            }
            Path named = argument.toAbsolutePath();
            Path folder = named.getParent().toRealPath();
            Path file = folder.resolve(named.getFileName().toString());
            filesByRoot.computeIfAbsent(rootOf(folder, realCwd), k -> new ArrayList<>()).add(file);
        }
        filesByRoot.forEach((root, files) -> targets.add(new LintTarget(root, Optional.of(Set.copyOf(files)), display,
                fromCwd(root, realCwd, root))));
        return targets;
    }

    private static boolean isFolder(Path path) {
        return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    }

    /** A folder relative to the current directory when it lies below it, else {@code otherwise}. */
    private static Path fromCwd(Path realFolder, Path realCwd, Path otherwise) {
        return realFolder.startsWith(realCwd) ? realCwd.relativize(realFolder) : otherwise;
    }

    /**
     * The workspace of a file in {@code folder} (a real path): the nearest folder with a go.mod up to
     * the current directory, else the current directory when the file is below it; for a file
     * elsewhere, the nearest folder with a go.mod above it (never the file system's root), else its folder.
     */
    private static Path rootOf(Path folder, Path cwd) {
        for (Path p = folder; p != null && p.getParent() != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("go.mod"), LinkOption.NOFOLLOW_LINKS)) {
                return p;
            }
            if (p.equals(cwd)) {
                break;
            }
        }
        return folder.startsWith(cwd) ? cwd : folder;
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

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof LintTarget that
                && Objects.equals(workspaceRoot, that.workspaceRoot)
                && Objects.equals(onlyFiles, that.onlyFiles)
                && Objects.equals(displayRoot, that.displayRoot)
                && Objects.equals(shownRoot, that.shownRoot);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(workspaceRoot);
        hash = 31 * hash + Objects.hashCode(onlyFiles);
        hash = 31 * hash + Objects.hashCode(displayRoot);
        hash = 31 * hash + Objects.hashCode(shownRoot);
        return hash;
    }
}
