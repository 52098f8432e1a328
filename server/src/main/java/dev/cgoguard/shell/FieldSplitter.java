package dev.cgoguard.shell;

import java.util.ArrayList;
import java.util.List;

/** Splits expanded pieces into fields on unquoted whitespace (the default IFS), as bash does. */
final class FieldSplitter {
    record Field(String text, boolean known) {
    }

    private FieldSplitter() {
    }

    static List<Field> split(List<Piece> pieces) {
        List<Field> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean started = false;
        boolean known = true;
        for (Piece piece : pieces) {
            if (piece.fieldBreak()) {
                fields.add(new Field(current.toString(), known));
                current.setLength(0);
                known = true;
                started = true;
                continue;
            }
            if (!piece.known() || !piece.splittable()) {
                current.append(piece.text());
                known &= piece.known();
                started = true;
                continue;
            }
            for (int i = 0; i < piece.text().length(); i++) {
                char c = piece.text().charAt(i);
                if (c == ' ' || c == '\t' || c == '\n') {
                    if (started) {
                        fields.add(new Field(current.toString(), known));
                        current.setLength(0);
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
            fields.add(new Field(current.toString(), known));
        }
        return fields;
    }
}
