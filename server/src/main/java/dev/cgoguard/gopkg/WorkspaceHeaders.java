package dev.cgoguard.gopkg;

import dev.cgoguard.parse.SyntaxTree;
import dev.cgoguard.workspace.WorkspaceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Header parses of workspace Go files, kept per file path and version (and text identity), so that
 * a new workspace snapshot re-parses only the files that changed. Parses run in parallel. A file
 * that changes again and again (one being edited) is parsed from its previous header tree.
 */
final class WorkspaceHeaders {
    private record Key(Path root, String path) {
    }

    /** {@code tree}: the tree of the header's text, from which the next version is parsed (null when there is none). */
    private record Entry(long version, Object text, GoFileHeader header, SyntaxTree tree) {
    }

    private static final int MAX_ENTRIES = 200_000;
    private static final Map<Key, Entry> CACHE = new ConcurrentHashMap<>();

    private WorkspaceHeaders() {
    }

    static Map<String, GoFileHeader> parseAll(Path root, List<WorkspaceFile> goFiles) {
        if (CACHE.size() > MAX_ENTRIES) {
            CACHE.clear();
        }
        Map<String, GoFileHeader> headers = new ConcurrentHashMap<>();
        goFiles.parallelStream().forEach(file -> headers.put(file.path(), header(root, file)));
        return headers;
    }

    /** Forgets every parse (lets a benchmark measure cold parsing). */
    static void clearForTests() {
        CACHE.clear();
    }

    private static GoFileHeader header(Path root, WorkspaceFile file) {
        Key key = new Key(root, file.path());
        Entry entry = CACHE.get(key);
        if (entry != null && entry.version == file.version() && entry.text == file.text()) {
            return entry.header;
        }
        GoFileHeader header;
        SyntaxTree tree = null;
        try {
            HeaderParser.Parsed parsed = HeaderParser.parse(file.path(), file.content(), entry == null ? null : entry.tree());
            tree = parsed.tree();
            GoFileHeader read = parsed.header();
            boolean withoutCgo = negatesCgo(read.constraint());
            header = read.withCallSites(CallSiteScanner.scan(file.path(), file.content(), read.imports(), withoutCgo));
        } catch (RuntimeException e) {
            header = new GoFileHeader(file.path(), null, List.of(), null, null, List.of(), List.of());
        }
        // the tree is kept only for a file that has changed before: one being edited, not thousands on disk
        CACHE.put(key, new Entry(file.version(), file.text(), header, entry == null ? null : tree));
        return header;
    }

    /** True when a constraint has {@code !cgo} in it: the file is one of a package's builds without cgo. */
    private static boolean negatesCgo(BuildConstraint constraint) {
        if (constraint instanceof BuildConstraint.Not not) {
            return not.operand() instanceof BuildConstraint.Tag tag && tag.name().equals("cgo") || negatesCgo(not.operand());
        }
        if (constraint instanceof BuildConstraint.And and) {
            return and.operands().stream().anyMatch(WorkspaceHeaders::negatesCgo);
        }
        if (constraint instanceof BuildConstraint.Or or) {
            return or.operands().stream().anyMatch(WorkspaceHeaders::negatesCgo);
        }
        return false;
    }
}
