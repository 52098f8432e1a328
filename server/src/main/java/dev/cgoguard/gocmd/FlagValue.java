package dev.cgoguard.gocmd;

import dev.cgoguard.shell.ShellWord;
import java.util.Arrays;

/** The text of a flag value and which of its characters are unknown (left as written by the shell stage). */
record FlagValue(String text, boolean[] unknown) {
    static FlagValue known(String text) {
        return new FlagValue(text, new boolean[text.length()]);
    }

    static FlagValue unknown(String text) {
        boolean[] mask = new boolean[text.length()];
        Arrays.fill(mask, true);
        return new FlagValue(text, mask);
    }

    /** The part of a shell word from {@code start}, as for {@code -flag=value}. */
    static FlagValue of(ShellWord word, int start) {
        String text = word.text();
        boolean[] mask = new boolean[text.length() - start];
        for (ShellWord.Span span : word.unknownSpans()) {
            for (int i = Math.max(span.start(), start); i < Math.min(span.end(), text.length()); i++) {
                mask[i - start] = true;
            }
        }
        return new FlagValue(text.substring(start), mask);
    }

    FlagValue substring(int start) {
        return new FlagValue(text.substring(start), Arrays.copyOfRange(unknown, start, unknown.length));
    }

    boolean isKnown() {
        return isKnown(0, text.length());
    }

    boolean isKnown(int start, int end) {
        for (int i = start; i < end; i++) {
            if (unknown[i]) {
                return false;
            }
        }
        return true;
    }
}
