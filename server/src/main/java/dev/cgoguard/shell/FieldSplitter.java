package dev.cgoguard.shell;

import java.util.ArrayList;
import java.util.List;

/** Splits expanded pieces into fields on the IFS characters found in unquoted expansions, as bash does. */
final class FieldSplitter {
    record Field(String text, boolean known, List<ShellWord.Span> unknownSpans) {
    }

    private FieldSplitter() {
    }

    static List<Field> split(List<Piece> pieces) {
        return split(pieces, DEFAULT_IFS);
    }

    static final String DEFAULT_IFS = " \t\n";

    /**
     * Splits on the characters of {@code ifs}: runs of IFS whitespace separate fields and are dropped
     * at the ends; every other IFS character ends a field (with the whitespace around it), so two in a
     * row leave an empty field between them.
     */
    static List<Field> split(List<Piece> pieces, String ifs) {
        List<Field> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean started = false;
        boolean afterWhitespace = false;
        boolean known = true;
        List<ShellWord.Span> spans = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.fieldBreak()) {
                fields.add(new Field(current.toString(), known, spans));
                current.setLength(0);
                spans = new ArrayList<>();
                known = true;
                started = true;
                afterWhitespace = false;
                continue;
            }
            if (!piece.known() || !piece.splittable()) {
                if (!piece.known()) {
                    spans.add(new ShellWord.Span(current.length(), current.length() + piece.text().length()));
                }
                current.append(piece.text());
                known &= piece.known();
                started = true;
                afterWhitespace = false;
                continue;
            }
            for (int i = 0; i < piece.text().length(); i++) {
                char c = piece.text().charAt(i);
                if (ifs.indexOf(c) < 0) {
                    current.append(c);
                    started = true;
                    afterWhitespace = false;
                    continue;
                }
                boolean whitespace = c == ' ' || c == '\t' || c == '\n';
                if (started || !whitespace && !afterWhitespace) {
                    fields.add(new Field(current.toString(), known, spans));
                    current.setLength(0);
                    spans = new ArrayList<>();
                    known = true;
                }
                // whitespace that ended a field joins a following non-whitespace separator
                afterWhitespace = whitespace && (started || afterWhitespace);
                started = false;
            }
        }
        if (started) {
            fields.add(new Field(current.toString(), known, spans));
        }
        return fields;
    }
}
