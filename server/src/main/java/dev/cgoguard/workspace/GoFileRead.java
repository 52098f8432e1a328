package dev.cgoguard.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One read of a Go file kept on disk, made when something needs it (a build reaches its package, a
 * rule or a snippet needs its text): its first {@value ScanLimits#GO_PREFIX_BYTES} bytes, checked
 * (no NUL byte, UTF-8) and searched for the suppression marker without being decoded.
 *
 * @param bytes the bytes read; null when the file cannot be read as text ({@link #outcome} says why)
 * @param searchable the bytes as ISO-8859-1 text, one char per byte (not a decoding): words are looked for
 *     in it with String's search, which is many times faster than a loop over the bytes
 * @param more true when the file goes on past the bytes read
 * @param outcome what the read found, kept by the file's record
 */
public record GoFileRead(byte[] bytes, String searchable, boolean more, Outcome outcome) {

    /**
     * What reading a Go file found: the stamp of its bytes (a CRC-32C and their count, so that it
     * changes with the content), whether they hold {@link WorkspaceFile#SUPPRESSION_MARKER}, and why
     * the file cannot be read as text (null when it can), in the words the command line shows.
     */
    public record Outcome(long stamp, boolean suppressionMarker, String problem) {
    }

    private static final byte[] MARKER = WorkspaceFile.SUPPRESSION_MARKER.getBytes(StandardCharsets.US_ASCII);
    /** The marker is looked for through its colon, a byte much rarer in Go source than its letters. */
    private static final int MARKER_ANCHOR = WorkspaceFile.SUPPRESSION_MARKER.indexOf(':');

    /** Reads a Go file below a gate's root (a real path, as a walk found it or the gate resolved it). */
    static GoFileRead of(PathGate gate, Path file) {
        byte[] bytes;
        boolean more;
        try (InputStream in = gate.openWalked(file)) {
            bytes = in.readNBytes(ScanLimits.GO_PREFIX_BYTES);
            more = bytes.length == ScanLimits.GO_PREFIX_BYTES && in.read() >= 0;
        } catch (NoSuchFileException e) {
            return unreadable("skipped: the file vanished while it was being read");
        } catch (IOException e) {
            return unreadable(WorkspaceScanner.describe(e));
        }
        long stamp = WorkspaceScanner.contentStamp(bytes);
        if (WorkspaceScanner.looksBinary(bytes)) {
            return new GoFileRead(null, null, more, new Outcome(stamp, false, "skipped: binary content (NUL bytes)"));
        }
        // a file cut after the bytes read may end inside a character: only one read whole is checked
        if (!more && !WorkspaceScanner.isAscii(bytes) && !WorkspaceScanner.isUtf8(bytes)) {
            try {
                WorkspaceScanner.decode(bytes, more); // throws when it is not text
            } catch (WorkspaceScanner.UnreadableFileException e) {
                return new GoFileRead(null, null, more, new Outcome(stamp, false, e.getMessage()));
            }
        }
        boolean marker = WorkspaceScanner.contains(bytes, MARKER, MARKER_ANCHOR);
        return new GoFileRead(bytes, new String(bytes, StandardCharsets.ISO_8859_1), more, new Outcome(stamp, marker, null));
    }

    private static GoFileRead unreadable(String problem) {
        return new GoFileRead(null, null, false, new Outcome(0, false, problem));
    }

    /** The ISO-8859-1 form of a word's UTF-8 bytes: what {@link #searchable} holds where the word stands in the file. */
    public static String searchableForm(String word) {
        return new String(word.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** True when the file could be read as text. */
    public boolean readable() {
        return bytes != null;
    }
}
