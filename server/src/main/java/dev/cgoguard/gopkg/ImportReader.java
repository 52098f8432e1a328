package dev.cgoguard.gopkg;

import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the package clause and the imports of a header the way the go command's own import reader
 * does: a small lexer over the text from the {@code package} keyword to the end of the last
 * import declaration, with no syntax tree. It accepts only the plain forms ({@code import "p"},
 * {@code import name "p"}, {@code import ( ... )}, ASCII names, comments anywhere between tokens)
 * and only headers without {@code import "C"}; for anything else it answers null and the caller
 * parses the header with tree-sitter, so both readers give the same header for every file.
 */
final class ImportReader {
    private static final Set<String> KEYWORDS = Set.of("break", "case", "chan", "const", "continue", "default", "defer",
            "else", "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
            "return", "select", "struct", "switch", "type", "var");

    /** What the reader found: the package name and the imports (never {@code "C"}). */
    record Imports(String packageName, List<GoImport> imports) {
    }

    private final String text;
    private final int end;
    private final SourceText cut;
    private final String path;
    private int pos;

    private ImportReader(String path, SourceText cut, int start, int end) {
        this.path = path;
        this.cut = cut;
        this.text = cut.text();
        this.pos = start;
        this.end = end;
    }

    /**
     * The header of {@code cut.text()} from {@code packageStart} to {@code end}, or null when it is
     * not in the plain form this reader accepts.
     */
    static Imports read(String path, SourceText cut, int packageStart, int end) {
        return new ImportReader(path, cut, packageStart, end).read();
    }

    private Imports read() {
        if (!word().equals("package")) {
            return null;
        }
        int nameStart = skipBlank();
        String name = word();
        if (name.isEmpty() || KEYWORDS.contains(name)) {
            return null;
        }
        if (!terminator()) {
            return null;
        }
        List<GoImport> imports = new ArrayList<>();
        while (true) {
            skipBlankAndTerminators();
            if (pos >= end) {
                return new Imports(name, List.copyOf(imports));
            }
            if (!word().equals("import")) {
                return null;
            }
            skipBlank();
            if (pos < end && text.charAt(pos) == '(') {
                pos++;
                while (true) {
                    skipBlankAndTerminators();
                    if (pos >= end) {
                        return null;
                    }
                    if (text.charAt(pos) == ')') {
                        pos++;
                        break;
                    }
                    if (!spec(imports) || !specEnd()) {
                        return null;
                    }
                }
            } else if (!spec(imports)) {
                return null;
            }
            if (!terminator()) {
                return null;
            }
        }
    }

    /** One import spec: an optional name, then a string literal on the same line. */
    private boolean spec(List<GoImport> into) {
        int start = pos;
        String name = null;
        char c = pos < end ? text.charAt(pos) : 0;
        if (c == '.') {
            name = ".";
            pos++;
        } else if (isWordStart(c)) {
            name = word();
            if (KEYWORDS.contains(name)) {
                return false;
            }
        }
        if (name != null && skipBlankOnLine() < 0) {
            return false;
        }
        if (pos >= end || (text.charAt(pos) != '"' && text.charAt(pos) != '`')) {
            return false;
        }
        if (!stringLiteral()) {
            return false;
        }
        String importPath = HeaderParser.pathOf(text.substring(start, pos));
        if (importPath == null || importPath.equals("C")) {
            return false;
        }
        into.add(new GoImport(importPath, new SourceLocation(path, cut.range(start, pos)), name));
        return true;
    }

    /** After a spec in a group: a newline or {@code ;}, or the closing parenthesis. */
    private boolean specEnd() {
        int at = pos;
        if (terminator()) {
            return true;
        }
        pos = at;
        skipBlankOnLine();
        return pos < end && text.charAt(pos) == ')';
    }

    /** A string literal starting at {@code pos}; false when it does not close on its line (or, raw, at all). */
    private boolean stringLiteral() {
        char quote = text.charAt(pos++);
        while (pos < end) {
            char c = text.charAt(pos);
            if (c > 0x7f) {
                return false;
            }
            if (quote == '"' && c == '\\') {
                pos += 2;
                continue;
            }
            if (quote == '"' && c == '\n') {
                return false;
            }
            pos++;
            if (c == quote) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a statement: blanks and comments on the line, then a newline, a {@code ;} or the end
     * of the header. A block comment that spans lines counts as a newline, as in Go.
     */
    private boolean terminator() {
        int line = skipBlankOnLine();
        if (line < 0) {
            return true; // a newline was crossed inside a comment
        }
        if (pos >= end) {
            return true;
        }
        char c = text.charAt(pos);
        if (c == '\n' || c == ';') {
            pos++;
            return true;
        }
        return false;
    }

    /** Skips blanks and comments without crossing a newline; returns -1 when a block comment crossed one. */
    private int skipBlankOnLine() {
        boolean crossed = false;
        while (pos < end) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '/' && pos + 1 < end && text.charAt(pos + 1) == '/') {
                int nl = text.indexOf('\n', pos);
                pos = nl < 0 || nl > end ? end : nl;
            } else if (c == '/' && pos + 1 < end && text.charAt(pos + 1) == '*') {
                int close = text.indexOf("*/", pos + 2);
                if (close < 0 || close + 2 > end) {
                    pos = end;
                    return crossed ? -1 : 0;
                }
                crossed |= text.substring(pos, close).indexOf('\n') >= 0;
                pos = close + 2;
            } else {
                break;
            }
        }
        return crossed ? -1 : 0;
    }

    private int skipBlank() {
        while (pos < end) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                pos++;
            } else if (c == '/' && pos + 1 < end && (text.charAt(pos + 1) == '/' || text.charAt(pos + 1) == '*')) {
                skipBlankOnLine();
            } else {
                break;
            }
        }
        return pos;
    }

    private void skipBlankAndTerminators() {
        while (true) {
            skipBlank();
            if (pos < end && text.charAt(pos) == ';') {
                pos++;
            } else {
                return;
            }
        }
    }

    /** An ASCII identifier at {@code pos} (empty when there is none; then nothing is consumed). */
    private String word() {
        int start = pos;
        if (pos < end && isWordStart(text.charAt(pos))) {
            pos++;
            while (pos < end && (isWordStart(text.charAt(pos)) || (text.charAt(pos) >= '0' && text.charAt(pos) <= '9'))) {
                pos++;
            }
        }
        if (pos < end && text.charAt(pos) > 0x7f) {
            pos = start;
            return "";
        }
        return text.substring(start, pos);
    }

    private static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }
}
