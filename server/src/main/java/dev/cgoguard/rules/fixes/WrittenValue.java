package dev.cgoguard.rules.fixes;

import java.util.Arrays;
import java.util.List;

/**
 * A flag value as written in a command: its offsets in the command's text, its outer quote (or 0)
 * and the text inside the quotes; {@code joined} when written as {@code -flag=value}.
 */
public record WrittenValue(int start, int end, char quote, String inner, boolean joined) {
    public static WrittenValue of(String written, int start, int end, boolean joined) {
        char quote = written.length() >= 2 && (written.charAt(0) == '\'' || written.charAt(0) == '"')
                && written.charAt(written.length() - 1) == written.charAt(0) ? written.charAt(0) : 0;
        String inner = quote == 0 ? written : written.substring(1, written.length() - 1);
        return new WrittenValue(start, end, quote, inner, joined);
    }

    /** Where the text inside the quotes starts in the command's text. */
    public int innerStart() {
        return start + (quote == 0 ? 0 : 1);
    }

    /** The value read as a -tags list (comma or blank separated). */
    List<String> tagList() {
        return Arrays.stream(inner.trim().split("[,\\s]+")).filter(t -> !t.isEmpty()).toList();
    }

    String tagSeparator() {
        return inner.contains(",") || !inner.trim().contains(" ") ? "," : " ";
    }

    /** {@code text} in this value's quotes. */
    String requote(String text) {
        return quote == 0 ? text : quote + text + quote;
    }
}
