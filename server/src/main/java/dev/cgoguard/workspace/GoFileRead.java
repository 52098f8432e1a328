package dev.cgoguard.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One read of a Go file kept on disk, made when something needs it (a build reaches its package, a
 * rule or a snippet needs its text): its first {@value ScanLimits#GO_PREFIX_BYTES} bytes, checked
 * (no NUL byte, UTF-8) and searched for the suppression marker without being decoded.
 *
 * @param bytes holds the bytes read, from its start; null when the file cannot be read as text
 *     ({@link #outcome} says why); words are looked for in them eight bytes at a time ({@link #holdsAny})
 * @param length how many bytes were read (the array may be longer: a buffer that serves read after read)
 * @param more true when the file goes on past the bytes read
 * @param outcome what the read found, kept by the file's record
 */
public record GoFileRead(byte[] bytes, int length, boolean more, Outcome outcome) {

    /**
     * What reading a Go file found: the stamp of its bytes (a CRC-32C and their count, so that it
     * changes with the content), whether they hold {@link WorkspaceFile#SUPPRESSION_MARKER}, and why
     * the file cannot be read as text (null when it can), in the words the command line shows.
     */
    public record Outcome(long stamp, boolean suppressionMarker, String problem) {
    }

    /** Reads a Go file below a gate's root (a real path, as a walk found it or the gate resolved it). */
    static GoFileRead of(PathGate gate, Path file) {
        FilePrefix prefix;
        try {
            prefix = gate.readWalkedPrefix(file, ScanLimits.GO_PREFIX_BYTES);
        } catch (NoSuchFileException e) {
            return unreadable("skipped: the file vanished while it was being read");
        } catch (IOException e) {
            return unreadable(WorkspaceScanner.describe(e));
        }
        return checked(prefix.bytes(), prefix.bytes().length, prefix.more());
    }

    /**
     * As {@link #of(PathGate, Path)}, read into {@code buffer} ({@link #BUFFER_BYTES} long), which the
     * read's bytes then lie in: for a caller that is done with them before it reads the next file.
     */
    static GoFileRead of(PathGate gate, Path file, byte[] buffer) {
        if (buffer.length != BUFFER_BYTES) {
            throw new IllegalArgumentException("a buffer of " + buffer.length + " bytes instead of " + BUFFER_BYTES);
        }
        int read;
        try {
            read = gate.readWalkedPrefix(file, buffer);
        } catch (NoSuchFileException e) {
            return unreadable("skipped: the file vanished while it was being read");
        } catch (IOException e) {
            return unreadable(WorkspaceScanner.describe(e));
        }
        return checked(buffer, Math.min(read, ScanLimits.GO_PREFIX_BYTES), read > ScanLimits.GO_PREFIX_BYTES);
    }

    /** How long a buffer {@link #of(PathGate, Path, byte[])} reads into: the bytes read and one more. */
    public static final int BUFFER_BYTES = ScanLimits.GO_PREFIX_BYTES + 1;

    private static GoFileRead checked(byte[] bytes, int length, boolean more) {
        long stamp = WorkspaceScanner.contentStamp(bytes, length);
        GoBytesScan scan = GoBytesScan.of(bytes, length);
        if (scan.nul()) {
            return new GoFileRead(null, 0, more, new Outcome(stamp, false, "skipped: binary content (NUL bytes)"));
        }
        // a file cut after the bytes read may end inside a character: only one read whole is checked
        if (!more && !scan.ascii() && !WorkspaceScanner.isUtf8(bytes, length)) {
            try {
                WorkspaceScanner.decode(Arrays.copyOf(bytes, length), more); // throws when it is not text
            } catch (WorkspaceScanner.UnreadableFileException e) {
                return new GoFileRead(null, 0, more, new Outcome(stamp, false, e.getMessage()));
            }
        }
        return new GoFileRead(bytes, length, more, new Outcome(stamp, scan.marker(), null));
    }

    private static GoFileRead unreadable(String problem) {
        return new GoFileRead(null, 0, false, new Outcome(0, false, problem));
    }

    /** The bytes read, decoded as UTF-8 (an invalid sequence becomes U+FFFD); null when the file cannot be read as text. */
    public String decoded() {
        return bytes == null ? null : AsciiFirstDecoding.decode(bytes, length);
    }

    /**
     * True when the bytes read hold one of the words (in UTF-8), all of which begin with the same
     * {@code prefix} ({@code http.} of {@code http.Get} and {@code http.Post}): one search for the
     * prefix's last byte, the words compared only where it stands.
     */
    public boolean holdsAny(String prefix, List<String> words) {
        byte[][] encoded = new byte[words.size()][];
        for (int i = 0; i < encoded.length; i++) {
            if (!words.get(i).startsWith(prefix)) {
                throw new IllegalArgumentException(words.get(i) + " does not begin with " + prefix);
            }
            encoded[i] = words.get(i).getBytes(StandardCharsets.UTF_8);
        }
        int anchor = prefix.getBytes(StandardCharsets.UTF_8).length - 1;
        return bytes != null && !words.isEmpty() && anchor >= 0 && WorkspaceScanner.containsAny(bytes, length, encoded, anchor);
    }

    /** True when the file could be read as text. */
    public boolean readable() {
        return bytes != null;
    }
}
