package dev.cgoguard.workspace;

/** Looks for a byte sequence in bytes not decoded to text (a file's UTF-8, say). */
public final class ByteSearch {
    private ByteSearch() {
    }

    /** True when {@code needle} (not empty) occurs in {@code bytes}. */
    public static boolean contains(byte[] bytes, byte[] needle) {
        byte first = needle[0];
        int last = bytes.length - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            if (bytes[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
