package dev.cgoguard.shell;

import java.util.regex.Pattern;

/**
 * A file name given to {@code source} whose last segment is partly unknown ({@code hack/make/$bundle},
 * {@code lib/$os.sh}): the folder, all known, the last segment as written, and the pattern the names
 * of the files it may be match (the known parts literal, each unknown part any text; never a hidden file).
 */
record SourceName(String folder, String written, Pattern pattern) {
    /** The name of {@code word}, or null when an unknown part lies in its folder or it has no folder. */
    static SourceName of(ShellWord word) {
        String text = word.text();
        int slash = text.lastIndexOf('/');
        if (slash <= 0 || word.unknownSpans().isEmpty() || !word.isKnown(0, slash + 1)) {
            return null;
        }
        StringBuilder regex = new StringBuilder("(?!\\.)");
        int at = slash + 1;
        for (ShellWord.Span span : word.unknownSpans()) {
            if (span.start() > at) {
                regex.append(Pattern.quote(text.substring(at, span.start())));
            }
            regex.append("[^/]*");
            at = Math.max(at, span.end());
        }
        if (at < text.length()) {
            regex.append(Pattern.quote(text.substring(at)));
        }
        return new SourceName(text.substring(0, slash), text.substring(slash + 1), Pattern.compile(regex.toString()));
    }
}
