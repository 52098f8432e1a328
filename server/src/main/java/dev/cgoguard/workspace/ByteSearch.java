package dev.cgoguard.workspace;

import java.nio.charset.StandardCharsets;

/**
 * Looks for a byte sequence in bytes not decoded to text (a file's UTF-8, say), with the
 * Boyer-Moore-Horspool skip table: a miss moves on by up to the needle's length, so a 15-byte
 * marker is looked for in a file at a fraction of a byte-by-byte loop's cost.
 */
public final class ByteSearch {
    private final byte[] needle;
    private final int[] skip = new int[256];

    /** A search for {@code needle} (not empty) in UTF-8. */
    public ByteSearch(String needle) {
        this(needle.getBytes(StandardCharsets.UTF_8));
    }

    public ByteSearch(byte[] needle) {
        if (needle.length == 0) {
            throw new IllegalArgumentException("an empty needle");
        }
        this.needle = needle.clone();
        java.util.Arrays.fill(skip, needle.length);
        for (int i = 0; i < needle.length - 1; i++) {
            skip[needle[i] & 0xff] = needle.length - 1 - i;
        }
    }

    /** True when the needle occurs in {@code bytes}. */
    public boolean foundIn(byte[] bytes) {
        return indexIn(bytes, 0) >= 0;
    }

    /** Where the needle first occurs in {@code bytes} at or after {@code from}; -1 when it does not. */
    public int indexIn(byte[] bytes, int from) {
        int last = needle.length - 1;
        int i = Math.max(0, from);
        while (i <= bytes.length - needle.length) {
            int j = last;
            while (bytes[i + j] == needle[j]) {
                if (j == 0) {
                    return i;
                }
                j--;
            }
            i += skip[bytes[i + last] & 0xff];
        }
        return -1;
    }

    /** True when {@code needle} (not empty) occurs in {@code bytes}. */
    public static boolean contains(byte[] bytes, byte[] needle) {
        return new ByteSearch(needle).foundIn(bytes);
    }
}
