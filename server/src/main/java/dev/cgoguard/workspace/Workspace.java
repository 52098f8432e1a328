package dev.cgoguard.workspace;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * An immutable snapshot of a workspace: the readable files by relative path, and the files that
 * could not be read. Editors replace single files ({@link #withFile}) to overlay open documents.
 */
public final class Workspace {
    private final Path root;
    private final Map<String, WorkspaceFile> files;
    private final List<FileProblem> problems;

    public Workspace(Path root, Map<String, WorkspaceFile> files, List<FileProblem> problems) {
        this.root = root.toAbsolutePath().normalize();
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
        this.problems = List.copyOf(problems);
    }

    public Path root() {
        return root;
    }

    public Map<String, WorkspaceFile> files() {
        return files;
    }

    public List<FileProblem> problems() {
        return problems;
    }

    public Optional<WorkspaceFile> file(String relPath) {
        return Optional.ofNullable(files.get(relPath));
    }

    public List<WorkspaceFile> filesOfKind(FileKind kind) {
        return files.values().stream().filter(f -> f.kind() == kind).toList();
    }

    public List<WorkspaceFile> filesMatching(Predicate<WorkspaceFile> predicate) {
        return files.values().stream().filter(predicate).toList();
    }

    /** A snapshot in which one file has the given text (an open editor document, say). */
    public Workspace withFile(String relPath, String text, long version) {
        Map<String, WorkspaceFile> copy = new TreeMap<>(files);
        String firstLine = text.lines().findFirst().orElse("");
        copy.put(relPath, new WorkspaceFile(relPath, FileKind.classify(relPath, firstLine), new SourceText(text), version));
        List<FileProblem> remaining = problems.stream().filter(p -> !p.path().equals(relPath)).toList();
        return new Workspace(root, copy, remaining);
    }

    /** A snapshot without the given file. */
    public Workspace withoutFile(String relPath) {
        Map<String, WorkspaceFile> copy = new TreeMap<>(files);
        copy.remove(relPath);
        return new Workspace(root, copy, problems);
    }

    /** The workspace-relative path of an absolute path, or empty when it lies outside the root. */
    public Optional<String> relativize(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        if (!normalized.startsWith(root)) {
            return Optional.empty();
        }
        return Optional.of(root.relativize(normalized).toString().replace('\\', '/'));
    }
}
