package dev.cgoguard.gopkg;

import dev.cgoguard.workspace.PathGate;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the walks of one package graph share, so that a workspace with hundreds of go commands
 * reads each folder outside the workspace once and selects each package's files once per build
 * context, instead of once per command: the headers of folders read from disk (GOROOT, module
 * cache, local replacements), and file selections by build context. Safe for concurrent walks.
 */
final class GraphCaches {
    /** The gate folders outside the workspace are read through: it lets GOROOT and the module cache be read, nothing else. */
    private final PathGate gate;

    GraphCaches(PathGate gate) {
        this.gate = gate;
    }

    /**
     * What selecting among a package's files needs that no context changes (what their names say, what
     * they ask of a context), and the selections made, by the answers of the contexts that asked.
     */
    private record Candidates(List<FileSelection.NameFacts> facts, FileSelection.Questions questions,
            Map<BitSet, FileSelection> byAnswers) {
    }

    private final Map<List<GoFileHeader>, Candidates> candidates = new IdentityHashMap<>();
    private final ImportPathIds pathIds = new ImportPathIds();

    /** The numbers of the import paths the walks of this graph meet. */
    ImportPathIds pathIds() {
        return pathIds;
    }

    /** Any context will do for a selection that no context changes. */
    private static final TagMatcher ANY_CONTEXT = new TagMatcher(BuildContext.linuxAmd64(java.util.Set.of(), false));
    private final Map<Path, Optional<List<GoFileHeader>>> diskFolders = new ConcurrentHashMap<>();
    private final Map<BuildContext, Map<List<GoFileHeader>, FileSelection>> selections = new ConcurrentHashMap<>();
    /** The selection of each file list whose selection no build context changes (see {@link #contextFree}). */
    private final Map<List<GoFileHeader>, Optional<FileSelection>> contextFree = new IdentityHashMap<>();

    /** {@link DiskHeaders#read} of a folder, read once for this graph. */
    List<GoFileHeader> diskHeaders(Path dir) {
        if (dir == null) {
            return null;
        }
        Optional<List<GoFileHeader>> headers = diskFolders.get(dir);
        if (headers == null) { // read outside any lock (the read is parallel); the first list stored is everyone's
            headers = Optional.ofNullable(DiskHeaders.read(gate, dir));
            Optional<List<GoFileHeader>> first = diskFolders.putIfAbsent(dir, headers);
            headers = first != null ? first : headers;
        }
        return headers.orElse(null);
    }

    /** What selecting among a package's files needs, worked out once per file list. */
    private Candidates candidates(List<GoFileHeader> files) {
        synchronized (candidates) {
            Candidates known = candidates.get(files);
            if (known == null) {
                List<FileSelection.NameFacts> facts = files.stream().map(FileSelection.NameFacts::of).toList();
                known = new Candidates(facts, FileSelection.Questions.of(files, facts), new HashMap<>());
                candidates.put(files, known);
            }
            return known;
        }
    }

    /**
     * The selection of a package's files when no build context can change it, else null: none of
     * its buildable files has an OS or architecture suffix, a build constraint or {@code import "C"}
     * (most packages). Such a package has the same files, and so the same imports, in every build.
     */
    FileSelection contextFree(List<GoFileHeader> files) {
        synchronized (contextFree) {
            Optional<FileSelection> known = contextFree.get(files);
            if (known == null) {
                boolean free = true;
                for (GoFileHeader header : files) {
                    String name = header.fileName();
                    if (header.packageName() != null && !FileNameRules.isExcludedName(name)
                            && (header.constraint() != null || header.usesCgo() || FileNameRules.hasPlatformSuffix(name))) {
                        free = false;
                        break;
                    }
                }
                known = free ? Optional.of(FileSelection.of(files, ANY_CONTEXT, false)) : Optional.empty();
                contextFree.put(files, known);
            }
            return known.orElse(null);
        }
    }

    /** The selection of a package's files for a context's answers to what they ask (made once per distinct answers). */
    private FileSelection selectionByAnswers(List<GoFileHeader> files, TagMatcher tags, boolean cgoEnabled) {
        Candidates known = candidates(files);
        BitSet answers = known.questions().answers(tags, cgoEnabled);
        FileSelection selection;
        synchronized (known.byAnswers()) {
            selection = known.byAnswers().get(answers);
        }
        if (selection == null) {
            FileSelection made = FileSelection.of(files, known.facts(), tags, cgoEnabled);
            synchronized (known.byAnswers()) {
                selection = known.byAnswers().putIfAbsent(answers, made);
            }
            selection = selection != null ? selection : made;
        }
        return selection;
    }

    /**
     * The selection of a package's files under a context; packages are the same when their file lists
     * are the same list (the index and {@link #diskHeaders} hand out one list per folder).
     */
    FileSelection selection(List<GoFileHeader> files, BuildContext context, TagMatcher tags) {
        FileSelection free = contextFree(files);
        if (free != null) {
            return free;
        }
        Map<List<GoFileHeader>, FileSelection> byFiles = selections.computeIfAbsent(context, c -> new IdentityHashMap<>());
        FileSelection selection;
        synchronized (byFiles) {
            selection = byFiles.get(files);
        }
        if (selection == null) {
            FileSelection made = selectionByAnswers(files, tags, context.cgoEnabled());
            synchronized (byFiles) {
                selection = byFiles.putIfAbsent(files, made);
            }
            selection = selection != null ? selection : made;
        }
        return selection;
    }
}
