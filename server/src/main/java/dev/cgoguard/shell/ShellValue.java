package dev.cgoguard.shell;

/**
 * The value of a variable or word as far as it can be known from the text: either known text, or
 * unknown with a short description of where it comes from ({@code $(shell git describe)},
 * {@code $HOME}, a loop variable).
 */
public record ShellValue(String text, boolean known, String source) {
    public static ShellValue known(String text) {
        return new ShellValue(text, true, null);
    }

    public static ShellValue unknown(String source) {
        return new ShellValue(null, false, source);
    }

    /** The text, or the given fallback when unknown. */
    public String orElse(String fallback) {
        return known ? text : fallback;
    }
}
