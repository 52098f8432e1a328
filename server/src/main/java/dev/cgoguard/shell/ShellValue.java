package dev.cgoguard.shell;

import java.util.Objects;

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

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ShellValue that
                && Objects.equals(text, that.text)
                && known == that.known
                && Objects.equals(source, that.source);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(text);
        hash = 31 * hash + Boolean.hashCode(known);
        hash = 31 * hash + Objects.hashCode(source);
        return hash;
    }
}
