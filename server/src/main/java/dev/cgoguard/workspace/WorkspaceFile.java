package dev.cgoguard.workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One readable file of the workspace: its path relative to the root (with {@code /}), its kind,
 * its text, and a version that changes whenever the text does (a stamp of the content read from
 * disk, or an editor's document version).
 *
 * <p>Build files hold their text. A Go file scanned from disk holds none: only its place on disk,
 * its stamp and whether it contains a suppression comment's marker; its text is read again when a
 * package that is built reaches it ({@link #diskPath()}, {@link #text()}), so that a workspace of
 * thousands of Go files costs a small record per file.
 */
public final class WorkspaceFile {
    /** The marker of a suppression comment; a scan records which files contain it without decoding them. */
    public static final String SUPPRESSION_MARKER = "cgoguard:ignore";

    private final String path;
    private final FileKind kind;
    private final SourceText text;
    private final long version;
    private final Path disk;
    private final PathGate gate;
    private final boolean suppressionMarker;

    public WorkspaceFile(String path, FileKind kind, SourceText text, long version) {
        this(path, kind, Objects.requireNonNull(text), version, null, null, false);
    }

    private WorkspaceFile(String path, FileKind kind, SourceText text, long version, PathGate gate, Path disk,
            boolean suppressionMarker) {
        this.path = path;
        this.kind = kind;
        this.text = text;
        this.version = version;
        this.gate = gate;
        this.disk = disk;
        this.suppressionMarker = suppressionMarker;
    }

    /**
     * A file whose text stays on disk until it is needed, read again through the gate of the scan
     * that found it.
     *
     * @param file its real path below the gate's root, as the scan's walk found it
     * @param version the stamp of the bytes the scan read
     * @param suppressionMarker whether those bytes contain {@link #SUPPRESSION_MARKER}
     */
    public static WorkspaceFile onDisk(String path, FileKind kind, PathGate gate, Path file, long version, boolean suppressionMarker) {
        return new WorkspaceFile(path, kind, null, version, gate, file, suppressionMarker);
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

    /** The text: held, or read from disk again (the same prefix the scan read; empty when it has gone). */
    public SourceText text() {
        return text != null ? text : new SourceText(WorkspaceScanner.readGoText(gate, disk));
    }

    public String content() {
        return text().text();
    }

    /** The bytes of a file read on demand, as far as its text goes (empty when it has gone); null for a file that holds its text. */
    public byte[] bytesOnDisk() {
        return text == null ? WorkspaceScanner.readGoBytes(gate, disk) : null;
    }

    /** Opens the file of a file read on demand, through the gate of the scan that found it; null for a file that holds its text. */
    public java.io.InputStream openOnDisk() throws java.io.IOException {
        return text == null ? gate.openWalked(disk) : null;
    }

    /** Where the text of a file read on demand is; null for a file that holds its text. */
    public Path diskPath() {
        return text == null ? disk : null;
    }

    /** True when the text may hold a suppression comment (it contains the marker). */
    public boolean mayHoldSuppression() {
        return text == null ? suppressionMarker : text.text().contains(SUPPRESSION_MARKER);
    }

    /** True when the two files have the same kind and text (files read on demand compare their stamps). */
    public boolean sameContent(WorkspaceFile other) {
        if (this == other) {
            return true;
        }
        if (kind != other.kind) {
            return false;
        }
        if (text == null && other.text == null) {
            return version == other.version && disk.equals(other.disk);
        }
        if (text == null || other.text == null) {
            // a file on disk is known by the stamp of the bytes it was scanned with, not by what the disk holds now
            WorkspaceFile onDisk = text == null ? this : other;
            WorkspaceFile held = text == null ? other : this;
            return onDisk.version == WorkspaceScanner.contentStamp(held.content().getBytes(StandardCharsets.UTF_8));
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
