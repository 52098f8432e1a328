package dev.cgoguard.shell;

import java.util.Objects;

/**
 * A run of characters in a word after expansion: from quoted text (kept together) or from an
 * unquoted expansion (split on whitespace); unknown pieces hold their text as written.
 * A {@code fieldBreak} piece separates the fields of {@code "$@"}.
 */
record Piece(String text, boolean splittable, boolean known, boolean fieldBreak) {
    static Piece quoted(String text) {
        return new Piece(text, false, true, false);
    }

    static Piece unquoted(String text) {
        return new Piece(text, true, true, false);
    }

    static Piece unknown(String written, boolean quoted) {
        return new Piece(written, !quoted, false, false);
    }

    static Piece of(ShellValue value, String written, boolean quoted) {
        if (!value.known()) {
            return unknown(written, quoted);
        }
        return new Piece(value.text(), !quoted, true, false);
    }

    static final Piece FIELD_BREAK = new Piece("", false, true, true);

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Piece that
                && Objects.equals(text, that.text)
                && splittable == that.splittable
                && known == that.known
                && fieldBreak == that.fieldBreak;
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(text);
        hash = 31 * hash + Boolean.hashCode(splittable);
        hash = 31 * hash + Boolean.hashCode(known);
        hash = 31 * hash + Boolean.hashCode(fieldBreak);
        return hash;
    }
}
