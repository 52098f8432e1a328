package dev.cgoguard.shell;

import java.util.ArrayList;
import java.util.List;

/** Splits expanded pieces into fields on unquoted whitespace (the default IFS), as bash does. */
final class FieldSplitter {
    record Field(String text, boolean known, List<ShellWord.Span> unknownSpans) {
    }

    private FieldSplitter() {
    }

    static List<Field> split(List<Piece> pieces) {
        List<Field> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean started = false;
        boolean known = true;
        List<ShellWord.Span> spans = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.fieldBreak()) {
                fields.add(new Field(current.toString(), known, spans));
                current.setLength(0);
                spans = new ArrayList<>();
                known = true;
                started = true;
                continue;
            }
            if (!piece.known() || !piece.splittable()) {
                if (!piece.known()) {
                    spans.add(new ShellWord.Span(current.length(), current.length() + piece.text().length()));
                }
                current.append(piece.text());
                known &= piece.known();
                started = true;
                continue;
            }
            for (int i = 0; i < piece.text().length(); i++) {
                char c = piece.text().charAt(i);
                if (c == ' ' || c == '\t' || c == '\n') {
                    if (started) {
                        fields.add(new Field(current.toString(), known, spans));
                        current.setLength(0);
                        spans = new ArrayList<>();
                        known = true;
                        started = false;
                    }
                } else {
                    current.append(c);
                    started = true;
                }
            }
        }
        if (started) {
            fields.add(new Field(current.toString(), known, spans));
        }
        return fields;
    }
}
