package dev.cgoguard.workspace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What one pass over the bytes read of a Go file finds, eight bytes at a time: a NUL byte in its
 * first {@value #BINARY_WINDOW} bytes (binary content), a byte above ASCII (the file must then be
 * checked as UTF-8), and the suppression marker {@link WorkspaceFile#SUPPRESSION_MARKER}. A lint of a
 * large repository passes over a hundred MB or more of Go files; one pass instead of three.
 *
 * <p>The marker is found through the eight-byte word at an offset divisible by eight that lies
 * wholly inside it (a word of 15 bytes or more always covers one): each such word of the file is
 * hashed into a table of the marker's eight pieces, and only a word that is one of them is compared.
 *
 * @param nul a NUL byte stands in the first {@value #BINARY_WINDOW} bytes
 * @param ascii no byte is above 0x7F
 * @param marker the marker stands in the bytes
 */
record GoBytesScan(boolean nul, boolean ascii, boolean marker) {
    /** How far a NUL byte makes a file binary, as {@link WorkspaceScanner#looksBinary} looks. */
    static final int BINARY_WINDOW = 8192;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final byte[] MARKER = WorkspaceFile.SUPPRESSION_MARKER.getBytes(StandardCharsets.US_ASCII);
    /** The marker's eight-byte pieces, from each of its first eight offsets. */
    private static final long[] PIECES = new long[8];
    /** By a word's hash: 1 + the offset of the piece it may be, or 0. */
    private static final byte[] SLOTS = new byte[1 << 12];
    private static final long MULTIPLIER;

    static {
        if (MARKER.length < 15) {
            throw new IllegalStateException("the marker must be 15 bytes or longer");
        }
        for (int j = 0; j < PIECES.length; j++) {
            PIECES[j] = (long) LONGS.get(MARKER, j);
        }
        MULTIPLIER = multiplierWithoutCollisions();
    }

    /** An odd multiplier that hashes the pieces into distinct slots. */
    private static long multiplierWithoutCollisions() {
        for (long multiplier = 0x9E3779B97F4A7C15L; ; multiplier += 0x632BE59BD9B4E01AL) {
            Arrays.fill(SLOTS, (byte) 0);
            boolean distinct = true;
            for (int j = 0; j < PIECES.length && distinct; j++) {
                int slot = slot(PIECES[j], multiplier);
                distinct = SLOTS[slot] == 0;
                SLOTS[slot] = (byte) (j + 1);
            }
            if (distinct) {
                return multiplier;
            }
        }
    }

    private static int slot(long word, long multiplier) {
        return (int) ((word * multiplier) >>> 52);
    }

    /** Scans the first {@code length} bytes. */
    static GoBytesScan of(byte[] bytes, int length) {
        long or = 0;
        boolean nul = false;
        boolean marker = false;
        long multiplier = MULTIPLIER;
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            long word = (long) LONGS.get(bytes, i);
            or |= word;
            if (i < BINARY_WINDOW && ((word - LOW_BITS) & ~word & HIGH_BITS) != 0) {
                nul = true; // some byte of the word is zero
            }
            int piece = SLOTS[slot(word, multiplier)] - 1;
            if (piece >= 0 && !marker && word == PIECES[piece]) {
                int start = i - piece;
                marker = start >= 0 && start + MARKER.length <= length
                        && Arrays.equals(bytes, start, start + MARKER.length, MARKER, 0, MARKER.length);
            }
        }
        for (; i < length; i++) {
            or |= bytes[i] & 0xff;
            if (i < BINARY_WINDOW && bytes[i] == 0) {
                nul = true;
            }
        }
        return new GoBytesScan(nul, (or & HIGH_BITS) == 0, marker);
    }
}
