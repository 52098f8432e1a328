package dev.cgoguard.gopkg;

import dev.cgoguard.parse.ParseCancelledException;
import dev.cgoguard.parse.SyntaxTree;
import dev.cgoguard.workspace.GoFileRead;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.workspace.WorkspaceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Header parses of workspace Go files, kept per file path and version (and text identity), so that
 * a new workspace snapshot re-parses only the files that changed. Parses run in parallel. A file
 * kept on disk is read here, once, when a build reaches its package: its bytes are searched for the
 * suppression marker and for the call sites some rules need ({@link CallSiteScanner}) without being
 * decoded, and only its header, or the whole file when it may hold a call site, is decoded. A file
 * that cannot be read as text has no header (the read reports why). A file that changes again and
 * again (one being edited) is parsed from its previous header tree.
 */
final class WorkspaceHeaders {
    private record Key(Path root, String path) {
        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Key that
                    && Objects.equals(root, that.root)
                    && Objects.equals(path, that.path);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(root);
            hash = 31 * hash + Objects.hashCode(path);
            return hash;
        }
    }

    /**
     * {@code source}: the text the header was read from (a file's held text) or, for a file read on
     * demand, its place on disk (its version is then the stamp of what the walk saw of it) with what
     * reading it found ({@code read}); {@code header}: null for a file that cannot be read as text;
     * {@code tree}: the tree of the header's text, from which the next version is parsed (null when
     * there is none).
     */
    private record Entry(long version, Object source, GoFileRead.Outcome read, GoFileHeader header, SyntaxTree tree) {
    }

    private static final int MAX_ENTRIES = 200_000;
    private static final Map<Key, Entry> CACHE = new ConcurrentHashMap<>();
    /** What each thread reads a file kept on disk into, file after file. */
    private static final ThreadLocal<byte[]> READ_BUFFER = ThreadLocal.withInitial(() -> new byte[GoFileRead.BUFFER_BYTES]);

    private WorkspaceHeaders() {
    }

    /**
     * The headers of the files, in their order, leaving out those that cannot be read as text; read
     * in parallel (those already read come from the cache).
     */
    static List<GoFileHeader> parseAll(Path root, List<WorkspaceFile> goFiles) {
        if (CACHE.size() > MAX_ENTRIES) {
            CACHE.clear();
        }
        if (goFiles.size() == 1) {
            GoFileHeader header = header(root, goFiles.get(0));
            return header == null ? List.of() : List.of(header);
        }
        return goFiles.parallelStream().map(file -> header(root, file)).filter(Objects::nonNull).toList();
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
                && (source instanceof Path ? source.equals(entry.source) && sameBytes(file.readOutcome(), entry.read)
                        : entry.source == source)) {
            file.adopt(entry.read);
            return entry.header;
        }
        GoFileHeader header;
        GoFileRead.Outcome outcome = null;
        SyntaxTree tree = null;
        DiskHeaders.HeaderText read = null;
        try {
            GoFileRead bytes = file.readOnDisk(READ_BUFFER.get()); // its bytes are done with here
            if (bytes != null) {
                outcome = bytes.outcome();
                if (!bytes.readable()) {
                    CACHE.put(key, new Entry(file.version(), source, outcome, null, null));
                    return null;
                }
                read = DiskHeaders.headerText(bytes.bytes(), bytes.length(), bytes.more());
            } else {
                read = new DiskHeaders.HeaderText(file.content(), true);
            }
            String text = read.text();
            HeaderParser.Parsed parsed = HeaderParser.parse(file.path(), text, read.headerBounds(), entry == null ? null : entry.tree(), false);
            tree = parsed.tree();
            List<GoImport> imports = parsed.header().imports();
            // a file built only without cgo is read whole: its strings may say it fails without cgo
            boolean withoutCgo = negatesCgo(parsed.header().constraint());
            List<GoCallSite> sites = List.of();
            if (CallSiteScanner.mayFind(imports) || withoutCgo) {
                String whole = text;
                if (!read.whole()) {
                    whole = withoutCgo || CallSiteScanner.mentionsSelector(bytes, imports)
                            ? bytes.decoded() : null;
                }
                sites = whole == null ? List.of() : CallSiteScanner.scan(file.path(), whole, imports, withoutCgo);
            }
            header = read.markCut(parsed.header().withCallSites(sites));
        } catch (ParseCancelledException e) {
            header = new GoFileHeader(file.path(), null, List.of(), null, null, List.of(), List.of());
            TextPosition at = new SourceText(read == null ? "" : read.text()).positionAt(e.charOffset());
            header = header.cutAt(new SourceLocation(file.path(), new TextRange(at, at)));
        } catch (RuntimeException e) {
            header = new GoFileHeader(file.path(), null, List.of(), null, null, List.of(), List.of());
        }
        // the tree is kept only for a file that has changed before: one being edited, not thousands on disk
        CACHE.put(key, new Entry(file.version(), source, outcome, header, entry == null ? null : tree));
        return header;
    }

    /** False when both reads were made and found other bytes (a rewrite of the same size within the clock's tick). */
    private static boolean sameBytes(GoFileRead.Outcome now, GoFileRead.Outcome cached) {
        return now == null || cached == null || now.stamp() == cached.stamp();
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
