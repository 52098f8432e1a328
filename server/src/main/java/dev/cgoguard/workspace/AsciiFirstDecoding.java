package dev.cgoguard.workspace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 as {@code new String(bytes, UTF_8)} does (a malformed sequence becomes U+FFFD), but
 * bytes that are all ASCII, as most Go source is, are found so eight at a time and copied as
 * Latin-1, which is the same text: the runtime's own check goes byte by byte under the client
 * compiler, and a lint decodes the headers of thousands of Go files.
 */
public final class AsciiFirstDecoding {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private AsciiFirstDecoding() {
    }

    /** The first {@code length} bytes decoded. */
    public static String decode(byte[] bytes, int length) {
        return isAscii(bytes, length) ? new String(bytes, 0, length, StandardCharsets.ISO_8859_1)
                : new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /** All the bytes decoded. */
    public static String decode(byte[] bytes) {
        return decode(bytes, bytes.length);
    }

    /** True when none of the first {@code length} bytes is above 0x7F. */
    public static boolean isAscii(byte[] bytes, int length) {
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            if (((long) LONGS.get(bytes, i) & HIGH_BITS) != 0) {
                return false;
            }
        }
        for (; i < length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }
}
