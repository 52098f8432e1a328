package dev.cgoguard.workspace;

/** Whether a slash-separated path is already in normal form, so that normalising it can be skipped. */
public final class NormalPaths {
    private NormalPaths() {
    }

    /**
     * True when {@code path} ("" and "/" included) has no empty, {@code .} or {@code ..} part and no
     * trailing {@code /}; a leading {@code /} is allowed.
     */
    public static boolean isNormal(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        if (start == path.length()) {
            return true;
        }
        while (true) {
            int end = path.indexOf('/', start);
            int partEnd = end < 0 ? path.length() : end;
            int length = partEnd - start;
            if (length == 0 || length <= 2 && path.charAt(start) == '.' && (length == 1 || path.charAt(start + 1) == '.')) {
                return false;
            }
            if (end < 0) {
                return true;
            }
            start = end + 1;
        }
    }
}
