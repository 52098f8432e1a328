package dev.cgoguard.gopkg;

import dev.cgoguard.parse.ParseCancelledException;
import dev.cgoguard.parse.SyntaxTree;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.workspace.WorkspaceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Header parses of workspace Go files, kept per file path and version (and text identity), so that
 * a new workspace snapshot re-parses only the files that changed. Parses run in parallel. A file
 * read on demand is read from disk only as far as its header goes, and whole only when it imports a
 * package whose call sites are looked for ({@link CallSiteScanner}). A file
 * that changes again and again (one being edited) is parsed from its previous header tree.
 */
final class WorkspaceHeaders {
    private record Key(Path root, String path) {
    }

    /**
     * {@code source}: the text the header was read from (a file's held text) or, for a file read on
     * demand, its place on disk (its version is then the stamp of its bytes); {@code tree}: the tree
     * of the header's text, from which the next version is parsed (null when there is none).
     */
    private record Entry(long version, Object source, GoFileHeader header, SyntaxTree tree) {
    }

    private static final int MAX_ENTRIES = 200_000;
    private static final Map<Key, Entry> CACHE = new ConcurrentHashMap<>();

    private WorkspaceHeaders() {
    }

    /** The headers of the files, in their order; read in parallel (those already read come from the cache). */
    static List<GoFileHeader> parseAll(Path root, List<WorkspaceFile> goFiles) {
        if (CACHE.size() > MAX_ENTRIES) {
            CACHE.clear();
        }
        if (goFiles.size() == 1) {
            return List.of(header(root, goFiles.get(0)));
        }
        return goFiles.parallelStream().map(file -> header(root, file)).toList();
    }

    /** Forgets every parse (lets a benchmark measure cold parsing). */
    static void clearForTests() {
        CACHE.clear();
    }

    private static GoFileHeader header(Path root, WorkspaceFile file) {
        Key key = new Key(root, file.path());
        Entry entry = CACHE.get(key);
        Object source = file.diskPath() != null ? file.diskPath() : file.text();
        if (entry != null && entry.version == file.version()
                && (source instanceof Path ? source.equals(entry.source) : entry.source == source)) {
            return entry.header;
        }
        GoFileHeader header;
        SyntaxTree tree = null;
        try {
            DiskHeaders.HeaderText read = file.diskPath() != null ? DiskHeaders.readHeaderText(file.openOnDisk())
                    : new DiskHeaders.HeaderText(file.content(), true);
            String text = read.text();
            HeaderParser.Parsed parsed = HeaderParser.parse(file.path(), text, entry == null ? null : entry.tree());
            tree = parsed.tree();
            List<GoImport> imports = parsed.header().imports();
            // a file built only without cgo is read whole: its strings may say it fails without cgo
            boolean withoutCgo = negatesCgo(parsed.header().constraint());
            List<GoCallSite> sites = List.of();
            if (CallSiteScanner.mayFind(imports) || withoutCgo) {
                String whole = text;
                if (!read.whole()) {
                    byte[] bytes = file.bytesOnDisk();
                    whole = withoutCgo || CallSiteScanner.mentionsSelector(bytes, imports)
                            ? new String(bytes, StandardCharsets.UTF_8) : null;
                }
                sites = whole == null ? List.of() : CallSiteScanner.scan(file.path(), whole, imports, withoutCgo);
            }
            header = read.markCut(parsed.header().withCallSites(sites));
        } catch (ParseCancelledException e) {
            header = new GoFileHeader(file.path(), null, List.of(), null, null, List.of(), List.of());
            TextPosition at = file.text().positionAt(e.charOffset());
            header = header.cutAt(new SourceLocation(file.path(), new TextRange(at, at)));
        } catch (java.io.IOException | RuntimeException e) {
            header = new GoFileHeader(file.path(), null, List.of(), null, null, List.of(), List.of());
        }
        // the tree is kept only for a file that has changed before: one being edited, not thousands on disk
        CACHE.put(key, new Entry(file.version(), source, header, entry == null ? null : tree));
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
