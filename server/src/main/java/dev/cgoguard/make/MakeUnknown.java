package dev.cgoguard.make;

/**
 * The convention for parts of an expanded text that cannot be known from the files: such a part
 * is written as {@code U+0091 source U+0092}, where
 * {@code source} says where the value comes from ({@code $(shell git describe)}, {@code $(GOFLAGS)}
 * for a variable from the environment, {@code != date} for a shell assignment). The markers and the
 * look-alikes of {@link #of} are C1 control characters (PRIVATE USE ONE and TWO, then U+0093 to
 * U+0096): no text file means them, and being at most U+00FF they keep an expanded text a compact
 * (Latin-1) Java string. A file that holds them anyway has them replaced at read ({@link #plain}),
 * so a text never passes for an unknown.
 */
public final class MakeUnknown {
    /** Opens an unknown part. */
    public static final char START = '\u0091';
    /** Closes an unknown part. */
    public static final char END = '\u0092';

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

    private static final char BLANK = '\u0093';
    private static final char DOUBLE_QUOTE = '\u0094';
    private static final char SINGLE_QUOTE = '\u0095';
    private static final char BACKQUOTE = '\u0096';
    /** The first and last of the characters this convention reserves. */
    private static final char FIRST_RESERVED = START;
    private static final char LAST_RESERVED = BACKQUOTE;
    /** What a reserved character written in a file becomes: the character a decoder gives for a byte it cannot read. */
    static final char REPLACED = '\uFFFD';

    /**
     * The text with every character this convention reserves replaced by {@value #REPLACED}: for
     * whatever enters an evaluation from outside (a Makefile's text, a path, a setting), so that
     * nothing written there reads as an unknown part or changes how one is shown. Returns the same
     * string when there is none (nearly always).
     */
    public static String plain(String text) {
        if (text == null) {
            return null;
        }
        int i = firstReserved(text);
        if (i < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (; i < chars.length; i++) {
            if (chars[i] >= FIRST_RESERVED && chars[i] <= LAST_RESERVED) {
                chars[i] = REPLACED;
            }
        }
        return new String(chars);
    }

    private static int firstReserved(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_RESERVED && c <= LAST_RESERVED) {
                return i;
            }
        }
        return -1;
    }

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
