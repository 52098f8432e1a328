package dev.cgoguard.workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One readable file of the workspace: its path relative to the root (with {@code /}), its kind,
 * its text, and a version that changes whenever the text does (a stamp of the file on disk, or an
 * editor's document version).
 *
 * <p>Build files hold their text. A Go file scanned from disk holds none and has not been opened:
 * it is a record of its place on disk and of what the walk saw of it (size, modification time, file
 * key: its version). It is read when something needs it (a build that reaches its package, a rule or
 * a snippet that needs its text; {@link #readOnDisk()}), and what that read found (the stamp of its
 * bytes, whether they hold a suppression comment's marker, why it cannot be read as text) is kept,
 * so that a workspace of thousands of Go files costs a walk and a small record per file.
 */
public final class WorkspaceFile {
    /** The marker of a suppression comment; a read records which files contain it without decoding them. */
    public static final String SUPPRESSION_MARKER = "cgoguard:ignore";

    private final String path;
    private final FileKind kind;
    private final SourceText text;
    private final long version;
    private final Path disk;
    private final PathGate gate;
    /** What the first read of a file kept on disk found; null until it is read. */
    private volatile GoFileRead.Outcome read;
    /** How many records, of any snapshot, have been given what reading them found, so far. */
    private static final AtomicLong READS = new AtomicLong();

    public WorkspaceFile(String path, FileKind kind, SourceText text, long version) {
        this(path, kind, Objects.requireNonNull(text), version, null, null);
    }

    private WorkspaceFile(String path, FileKind kind, SourceText text, long version, PathGate gate, Path disk) {
        this.path = path;
        this.kind = kind;
        this.text = text;
        this.version = version;
        this.gate = gate;
        this.disk = disk;
    }

    /**
     * A file whose text stays on disk until it is needed, read through the gate of the scan that
     * found it.
     *
     * @param file its real path below the gate's root, as the scan's walk found it
     * @param version a stamp of what the walk saw of the file ({@link WorkspaceScanner#attributeStamp})
     */
    public static WorkspaceFile onDisk(String path, FileKind kind, PathGate gate, Path file, long version) {
        return new WorkspaceFile(path, kind, null, version, gate, file);
    }

    public String path() {
        return path;
    }

    public FileKind kind() {
        return kind;
    }

    public long version() {
        return version;
    }

    /**
     * The text: held, or read from disk (at most the first {@value ScanLimits#GO_PREFIX_BYTES} bytes;
     * empty when it cannot be read as text).
     */
    public SourceText text() {
        if (text != null) {
            return text;
        }
        GoFileRead read = readOnDisk();
        return new SourceText(read.readable() ? read.decoded() : "");
    }

    public String content() {
        return text().text();
    }

    /**
     * Reads a file kept on disk (its first {@value ScanLimits#GO_PREFIX_BYTES} bytes, not decoded) and
     * keeps what the first read found; null for a file that holds its text.
     */
    public GoFileRead readOnDisk() {
        if (text != null) {
            return null;
        }
        GoFileRead now = GoFileRead.of(gate, disk);
        adopt(now.outcome());
        return now;
    }

    /**
     * As {@link #readOnDisk()}, into {@code buffer} ({@link GoFileRead#BUFFER_BYTES} long), where the
     * bytes read then lie until the buffer is used again: one buffer serves a thread's reads of
     * thousands of files, instead of an array for each that the collector must clear away.
     */
    public GoFileRead readOnDisk(byte[] buffer) {
        if (text != null) {
            return null;
        }
        GoFileRead now = GoFileRead.of(gate, disk, buffer);
        adopt(now.outcome());
        return now;
    }

    /**
     * What reading a file kept on disk found, when it has been read (null before, and for a file that
     * holds its text).
     */
    public GoFileRead.Outcome readOutcome() {
        return read;
    }

    /**
     * Takes what a read of the same file, seen by a walk just as this one, found (a cache of an
     * earlier snapshot's reads); the first outcome a record is given stays.
     */
    public void adopt(GoFileRead.Outcome outcome) {
        if (text == null && read == null && outcome != null) {
            synchronized (this) {
                if (read == null) {
                    read = outcome;
                    READS.incrementAndGet();
                }
            }
        }
    }

    /**
     * How many records kept on disk, of any snapshot, have been read so far: while it stays the same,
     * no record unread before has been read since.
     */
    public static long readsSoFar() {
        return READS.get();
    }

    /** Why a file kept on disk could not be read as text when it was read; null when it could or has not been read. */
    public String readProblem() {
        GoFileRead.Outcome outcome = read;
        return outcome == null ? null : outcome.problem();
    }

    /** Where the text of a file read on demand is; null for a file that holds its text. */
    public Path diskPath() {
        return text == null ? disk : null;
    }

    /**
     * True when the text may hold a suppression comment (it contains the marker). A file kept on disk
     * is known to hold one only once it has been read: one that nothing has read cannot matter.
     */
    public boolean mayHoldSuppression() {
        if (text != null) {
            return text.text().contains(SUPPRESSION_MARKER);
        }
        GoFileRead.Outcome outcome = read;
        return outcome != null && outcome.problem() == null && outcome.suppressionMarker();
    }

    /** The stamp of the content of a file kept on disk: of its first read (made now if there was none). */
    private long contentStamp() {
        GoFileRead.Outcome outcome = read;
        return outcome != null ? outcome.stamp() : readOnDisk().outcome().stamp();
    }

    /**
     * True when the two files have the same kind and text. Two records of the same file on disk are
     * the same when the walks saw the same size, time and file, unless both were read and their bytes
     * differ; seen differently, they are different unless both were read and their bytes are the same.
     * A record and a held text compare the record's bytes (read now if they were not) with the text.
     */
    public boolean sameContent(WorkspaceFile other) {
        if (this == other) {
            return true;
        }
        if (kind != other.kind) {
            return false;
        }
        if (text == null && other.text == null) {
            if (!disk.equals(other.disk)) {
                return false;
            }
            GoFileRead.Outcome mine = read;
            GoFileRead.Outcome theirs = other.read;
            boolean bothRead = mine != null && theirs != null;
            if (version == other.version) {
                return !bothRead || mine.stamp() == theirs.stamp();
            }
            return bothRead && mine.stamp() == theirs.stamp() && mine.problem() == null && theirs.problem() == null;
        }
        if (text == null || other.text == null) {
            WorkspaceFile onDisk = text == null ? this : other;
            WorkspaceFile held = text == null ? other : this;
            return onDisk.contentStamp() == WorkspaceScanner.contentStamp(held.content().getBytes(StandardCharsets.UTF_8));
        }
        return content().equals(other.content());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkspaceFile other && path.equals(other.path) && version == other.version && sameContent(other);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, kind, version);
    }

    @Override
    public String toString() {
        return "WorkspaceFile[" + path + ", " + kind + ", version " + version + (text == null ? ", on disk]" : "]");
    }
}
