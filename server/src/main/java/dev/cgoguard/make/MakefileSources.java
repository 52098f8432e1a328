package dev.cgoguard.make;

import dev.cgoguard.workspace.ScanLimits;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads Makefiles and answers {@code $(wildcard)} from the workspace only: a workspace file, or a
 * file on disk read through the workspace's {@link dev.cgoguard.workspace.PathGate}, which refuses
 * whatever leads outside the root. Nothing outside the root is read. A
 * glob looks only at the folders its segments lead to (the snapshot's index of folders, and each
 * folder on disk listed once), never at every path of the workspace.
 */
final class MakefileSources {
    private final Workspace workspace;
    private final Map<String, List<String>> listings;
    private final Map<String, MakefileLines> lines;
    /** Told every question asked of the workspace and its answer; null when nobody listens. */
    private final Consumer<EvaluationRecord.Question> observer;

    MakefileSources(Workspace workspace) {
        this(workspace, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), null);
    }

    private MakefileSources(Workspace workspace, Map<String, List<String>> listings, Map<String, MakefileLines> lines,
            Consumer<EvaluationRecord.Question> observer) {
        this.workspace = workspace;
        this.listings = listings;
        this.lines = lines;
        this.observer = observer;
    }

    /** The same sources, telling {@code observer} each question asked of the workspace and its answer. */
    MakefileSources observedBy(Consumer<EvaluationRecord.Question> observer) {
        return new MakefileSources(workspace, listings, lines, observer);
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
        Optional<SourceText> text = readFile(relPath);
        if (observer != null) {
            observer.accept(new EvaluationRecord.Read(relPath, text.map(SourceText::text).orElse(null)));
        }
        return text;
    }

    private Optional<SourceText> readFile(String relPath) {
        Optional<WorkspaceFile> file = workspace.file(relPath);
        if (file.isPresent()) {
            return Optional.of(plain(file.get().text()));
        }
        try {
            Path candidate = workspace.root().resolve(relPath);
            if (!workspace.gate().isRegularFile(candidate)) {
                return Optional.empty();
            }
            byte[] bytes = workspace.gate().readAll(candidate, ScanLimits.MAX_FILE_BYTES);
            return Optional.of(new SourceText(MakeUnknown.plain(new String(bytes, StandardCharsets.UTF_8))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The logical lines of a Makefile read from {@code path}, split once for all the alternatives
     * and recursive makes that read it (again when its text is another).
     */
    MakefileLines lines(String path, SourceText text) {
        MakefileLines cached = lines.get(path);
        if (cached != null && cached.source().text().equals(text.text())) {
            return cached;
        }
        MakefileLines split = new MakefileLines(text);
        lines.put(path, split);
        return split;
    }

    /** Tells the observer that a reading assigned {@code .RECIPEPREFIX}: which lines make skips then depends on more than the text. */
    void recipePrefixSet() {
        if (observer != null) {
            observer.accept(new EvaluationRecord.RecipePrefixSet());
        }
    }

    /** The text, or a copy with the characters {@link MakeUnknown} reserves replaced when it holds any. */
    private static SourceText plain(SourceText text) {
        if (text.isAscii()) {
            return text; // the reserved characters are not ASCII; an unchanged file's text answers this once
        }
        String plain = MakeUnknown.plain(text.text());
        return plain == text.text() ? text : new SourceText(plain);
    }

    boolean exists(String relPath) {
        boolean exists = workspace.file(relPath).isPresent() || readFile(relPath).isPresent();
        if (observer != null) {
            observer.accept(new EvaluationRecord.Exists(relPath, exists));
        }
        return exists;
    }

    /** Workspace paths matching a glob ({@code * ? [..]} per path segment), seen from a directory. */
    List<String> glob(String directory, String pattern) {
        List<String> paths = matching(directory, pattern);
        if (observer != null) {
            observer.accept(new EvaluationRecord.Glob(directory, pattern, List.copyOf(paths)));
        }
        return paths;
    }

    private List<String> matching(String directory, String pattern) {
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
        String glob = resolved.get();
        int slash = glob.lastIndexOf('/', firstMagic(glob));
        String base = slash < 0 ? "" : glob.substring(0, slash);
        List<Pattern> segments = new ArrayList<>();
        try {
            for (String segment : glob.substring(slash + 1).split("/", -1)) {
                segments.add(Pattern.compile(toRegex(segment)));
            }
        } catch (PatternSyntaxException e) {
            return List.of();
        }
        for (String path : workspace.pathsMatching(base, segments)) {
            out.add(shown(path, prefix, relative));
        }
        matchOnDisk(base, segments, prefix, relative, out);
        List<String> paths = new ArrayList<>(out);
        paths.replaceAll(MakeUnknown::plain);
        return paths;
    }

    private String shown(String path, String prefix, boolean relative) {
        if (!relative) {
            return workspace.root().resolve(path).toString();
        }
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    private boolean onDisk(String rel) {
        try {
            return workspace.gate().resolve(workspace.root().resolve(rel)).isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Adds the paths on disk below {@code base} whose segments match: each folder on the way is
     * listed once per Makefile evaluation, and only folders (not links to them) are entered.
     */
    private void matchOnDisk(String base, List<Pattern> segments, String prefix, boolean relative, TreeSet<String> out) {
        try {
            Path start = workspace.root().resolve(base);
            if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS) || !workspace.gate().isDirectory(start)) {
                return;
            }
            List<String> level = List.of(base);
            for (int i = 0; i < segments.size(); i++) {
                boolean last = i == segments.size() - 1;
                List<String> next = new ArrayList<>();
                for (String dir : level) {
                    for (String name : listing(dir)) {
                        if (!segments.get(i).matcher(name).matches()) {
                            continue;
                        }
                        String path = dir.isEmpty() ? name : dir + "/" + name;
                        if (last) {
                            out.add(shown(path, prefix, relative));
                        } else if (Files.isDirectory(workspace.root().resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                            next.add(path);
                        }
                    }
                }
                level = next;
            }
        } catch (RuntimeException e) {
            // an unreadable directory matches nothing, as for make
        }
    }

    /** The names in a workspace folder on disk, read once. */
    private List<String> listing(String dir) {
        return listings.computeIfAbsent(dir, d -> {
            List<String> names = new ArrayList<>();
            try {
                for (Path entry : workspace.gate().list(workspace.root().resolve(d), "*")) {
                    names.add(entry.getFileName().toString());
                }
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
            return names;
        });
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
