package dev.cgoguard.shell;

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
}
