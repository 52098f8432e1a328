package dev.cgoguard.workspace;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * An immutable snapshot of a workspace: the readable files by relative path, and the files that
 * could not be read. Editors replace single files ({@link #withFile}) to overlay open documents.
 */
public final class Workspace {
    private final Path root;
    /** What every read of this workspace's files on disk goes through. */
    private final PathGate gate;
    /** In path order: a sorted map for a scan, an {@link OverlaidFiles} view for an overlay. */
    private final Map<String, WorkspaceFile> files;
    private final List<FileProblem> problems;
    /** The scanned snapshot an overlay lays its files over; null for a scan. */
    private final Workspace base;
    /** The scanned files by folder, built on first use (an overlay uses its base's). */
    private volatile PathIndex index;

    public Workspace(Path root, Map<String, WorkspaceFile> files, List<FileProblem> problems) {
        this(PathGate.forRealRoot(root), files, problems);
    }

    /** A snapshot of the workspace a gate guards (its root is the gate's). */
    public Workspace(PathGate gate, Map<String, WorkspaceFile> files, List<FileProblem> problems) {
        this.gate = gate;
        this.root = gate.root();
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        this.problems = List.copyOf(problems);
        this.base = null;
    }

    private Workspace(Workspace base, SortedMap<String, WorkspaceFile> replaced, List<FileProblem> problems) {
        this.gate = base.gate;
        this.root = base.root;
        this.files = new OverlaidFiles((SortedMap<String, WorkspaceFile>) base.files, replaced);
        this.problems = List.copyOf(problems);
        this.base = base;
    }

    public Path root() {
        return root;
    }

    /** The gate every read of this workspace's files on disk goes through. */
    public PathGate gate() {
        return gate;
    }

    /** The readable files by relative path, iterated in path order. */
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

    private PathIndex index() {
        if (base != null) {
            return base.index();
        }
        PathIndex built = index;
        if (built == null) {
            built = new PathIndex(files.keySet());
            index = built;
        }
        return built;
    }

    /** True when some file of the snapshot lies below the folder (the root: when there is any file). */
    public boolean hasFileUnder(String dir) {
        if (dir.isEmpty()) {
            return !files.isEmpty();
        }
        if (index().isFolder(dir)) {
            return true;
        }
        if (base != null) {
            String prefix = dir + "/";
            return replacedFiles().keySet().stream().anyMatch(p -> p.startsWith(prefix));
        }
        return false;
    }

    /**
     * The paths of the snapshot below the folder {@code base} ("" the root) whose path segments after
     * it match {@code segments} one by one, as a shell glob matches, sorted.
     */
    public List<String> pathsMatching(String base, List<Pattern> segments) {
        TreeSet<String> matched = new TreeSet<>();
        index().match(base, segments, matched);
        if (this.base != null) {
            String prefix = base.isEmpty() ? "" : base + "/";
            for (String path : replacedFiles().keySet()) {
                if (path.startsWith(prefix) && matchesSegments(path.substring(prefix.length()), segments)) {
                    matched.add(path);
                }
            }
            matched.removeIf(path -> !files.containsKey(path));
        }
        return List.copyOf(matched);
    }

    private static boolean matchesSegments(String rest, List<Pattern> segments) {
        String[] parts = rest.split("/", -1);
        if (parts.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!segments.get(i).matcher(parts[i]).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A snapshot in which one file has the given text (an open editor document, say). */
    public Workspace withFile(String relPath, String text, long version) {
        String firstLine = text.lines().findFirst().orElse("");
        WorkspaceFile file = new WorkspaceFile(relPath, FileKind.classify(relPath, firstLine), new SourceText(text), version);
        List<FileProblem> remaining = problems.stream().filter(p -> !p.path().equals(relPath)).toList();
        return withFiles(Map.of(relPath, file), remaining);
    }

    /** A snapshot in which a file read from disk replaces (or joins) this one's of the same path. */
    public Workspace withFile(WorkspaceFile file) {
        List<FileProblem> remaining = problems.stream().filter(p -> !p.path().equals(file.path())).toList();
        return withFiles(Map.of(file.path(), file), remaining);
    }

    /**
     * A snapshot in which the given files replace (or join) this one's, with these problems. It is a
     * view over the scanned snapshot underneath, so that it costs what the given files cost.
     */
    public Workspace withFiles(Map<String, WorkspaceFile> replaced, List<FileProblem> problems) {
        TreeMap<String, WorkspaceFile> all = base == null ? new TreeMap<>() : new TreeMap<>(replacedFiles());
        all.putAll(replaced);
        return new Workspace(base == null ? this : base, Collections.unmodifiableSortedMap(all), problems);
    }

    /** A snapshot without the given file. */
    public Workspace withoutFile(String relPath) {
        Map<String, WorkspaceFile> copy = new TreeMap<>(files);
        copy.remove(relPath);
        return new Workspace(gate, copy, problems);
    }

    private SortedMap<String, WorkspaceFile> replacedFiles() {
        return ((OverlaidFiles) files).replaced();
    }

    /**
     * The paths whose file differs in {@code other} (another text or kind), or null when the two
     * snapshots do not hold the same paths. Two overlays of the same snapshot compare only the files
     * they replaced; any others are walked in path order at once, so that comparing two snapshots of
     * a large workspace costs at most one pass.
     */
    public Set<String> changedPaths(Workspace other) {
        if (files.size() != other.files.size()) {
            return null;
        }
        if (base != null && base == other.base) {
            Set<String> candidates = new HashSet<>(replacedFiles().keySet());
            candidates.addAll(other.replacedFiles().keySet());
            Set<String> changed = new HashSet<>();
            for (String path : candidates) {
                WorkspaceFile before = files.get(path);
                WorkspaceFile now = other.files.get(path);
                if (before == null || now == null) {
                    return null;
                }
                if (differ(before, now)) {
                    changed.add(path);
                }
            }
            return changed;
        }
        Set<String> changed = new HashSet<>();
        Iterator<Map.Entry<String, WorkspaceFile>> theirs = other.files.entrySet().iterator();
        for (Map.Entry<String, WorkspaceFile> mine : files.entrySet()) {
            Map.Entry<String, WorkspaceFile> their = theirs.next();
            if (!mine.getKey().equals(their.getKey())) {
                return null;
            }
            WorkspaceFile before = mine.getValue();
            WorkspaceFile now = their.getValue();
            if (differ(before, now)) {
                changed.add(mine.getKey());
            }
        }
        return changed;
    }

    private static boolean differ(WorkspaceFile before, WorkspaceFile now) {
        return before != now && !before.sameContent(now);
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
