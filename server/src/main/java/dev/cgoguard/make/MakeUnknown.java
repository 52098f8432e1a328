package dev.cgoguard.make;

/**
 * The convention for parts of an expanded text that cannot be known from the files: such a part
 * is written as {@code U+E000 source U+E001}, where
 * {@code source} says where the value comes from ({@code $(shell git describe)}, {@code $(GOFLAGS)}
 * for a variable from the environment, {@code != date} for a shell assignment). The two markers are
 * private-use characters, so they never occur in real Makefiles and always stay visible.
 */
public final class MakeUnknown {
    /** Opens an unknown part. */
    public static final char START = '\uE000';
    /** Closes an unknown part. */
    public static final char END = '\uE001';

    private MakeUnknown() {
    }

    /**
     * The marked text for an unknown value with the given source. The source is kept as one shell
     * word that changes no quoting around it: its blanks and quote characters are written with
     * look-alikes ({@link #render} and {@link #display} give the originals back), so that
     * {@code -ldflags "-X main.v=$(COMMIT)"} with {@code COMMIT := $(if ...,"$(X)-dirty",...)} still
     * reads as one -ldflags value.
     */
    public static String of(String source) {
        StringBuilder out = new StringBuilder(source.length() + 2).append(START);
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            out.append(switch (c) {
                case START, END, ' ', '\t', '\n' -> BLANK;
                case '"' -> DOUBLE_QUOTE;
                case '\'' -> SINGLE_QUOTE;
                case '`' -> BACKQUOTE;
                default -> c;
            });
        }
        return out.append(END).toString();
    }

    private static final char BLANK = '\u00A0';
    private static final char DOUBLE_QUOTE = '\u201D';
    private static final char SINGLE_QUOTE = '\u2019';
    private static final char BACKQUOTE = '\u02CB';

    /** The source characters {@link #of} wrote with look-alikes, back as written. */
    private static String original(String text) {
        return text.replace(BLANK, ' ').replace(DOUBLE_QUOTE, '"').replace(SINGLE_QUOTE, '\'').replace(BACKQUOTE, '`');
    }

    /** True when the text holds at least one unknown part. */
    public static boolean contains(String text) {
        return text != null && text.indexOf(START) >= 0;
    }

    /** The text with each unknown part shown as {@code <source>}, for messages (one character for each marker). */
    public static String render(String text) {
        if (!contains(text)) {
            return text;
        }
        return original(text.replace(String.valueOf(START), "<").replace(String.valueOf(END), ">"));
    }

    /**
     * The text as a person reads it, in a plan or a description: each outermost unknown part shown as
     * {@code <source>}, an unknown part inside another as part of the outer one's source, and no
     * marker left.
     */
    public static String display(String text) {
        if (text == null || text.indexOf(START) < 0 && text.indexOf(END) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == START) {
                if (depth++ == 0) {
                    out.append('<');
                }
            } else if (c == END) {
                if (depth > 0 && --depth == 0) {
                    out.append('>');
                }
            } else {
                out.append(c);
            }
        }
        if (depth > 0) {
            out.append('>');
        }
        return original(out.toString());
    }

    /** The source of a text that is exactly one unknown part, or null. */
    static String soleSource(String text) {
        if (text.length() >= 2 && text.charAt(0) == START && text.indexOf(END) == text.length() - 1
                && text.indexOf(START, 1) < 0) {
            return original(text.substring(1, text.length() - 1));
        }
        return null;
    }
}
