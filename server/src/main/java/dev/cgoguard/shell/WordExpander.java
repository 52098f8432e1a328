package dev.cgoguard.shell;

import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands the text of one shell word as bash does: quote removal, parameter, command and
 * arithmetic expansion, and field splitting of unquoted expansions on whitespace. Command
 * substitutions and anything that depends on the outside stay unknown. Globs stay literal.
 */
final class WordExpander {
    /** How the characters of a piece of text are read. */
    enum Mode {
        /** Outside quotes. */
        UNQUOTED,
        /** Inside {@code "…"}. */
        DOUBLE_QUOTED,
        /** The word of {@code ${X:-word}} inside {@code "…"}: double quotes nest, single quotes are literal. */
        QUOTED_OPERAND
    }

    private static final int MAX_DEPTH = dev.cgoguard.workspace.ScanLimits.SHELL_EXPANSION_DEPTH;
    static final int MAX_VALUE_LENGTH = dev.cgoguard.workspace.ScanLimits.SHELL_VALUE_CHARS;

    /** {@code ${NAME[@]}}: like {@code "$@"}, in double quotes it gives no word at all when empty. */
    private static final java.util.regex.Pattern ALL_ELEMENTS = java.util.regex.Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*\\[@]}");

    private final Scope scope;
    private final ParameterExpansion parameters;
    private int depth;

    WordExpander(Scope scope) {
        this.scope = scope;
        this.parameters = new ParameterExpansion(scope, this);
    }

    /** The fields a word expands to; each keeps {@code range} only when the word gave exactly one field. */
    List<ShellWord> fields(String text, TextRange range) {
        List<FieldSplitter.Field> fields = FieldSplitter.split(lex(text, Mode.UNQUOTED), separators());
        List<ShellWord> words = new ArrayList<>(fields.size());
        for (FieldSplitter.Field field : fields) {
            words.add(new ShellWord(field.text(), field.known(), fields.size() == 1 ? range : null, field.unknownSpans()));
        }
        return words;
    }

    /** IFS as the script set it; bash ignores an IFS from the environment, so an unset one is the default. */
    private String separators() {
        Boolean set = scope.variables.isSet("IFS");
        ShellValue ifs = scope.variables.get("IFS");
        if (set == null) {
            return FieldSplitter.DEFAULT_IFS;
        }
        return set && ifs.known() ? ifs.text() : FieldSplitter.DEFAULT_IFS;
    }

    /**
     * The elements one word inside {@code NAME=( … )} gives: its fields, each as pieces. When the word
     * holds an unquoted unknown expansion, which may split into any number of words, its unknown
     * parts are kept splittable to say so.
     */
    List<List<Piece>> elements(String text) {
        List<Piece> pieces = lex(text, Mode.UNQUOTED);
        boolean countUnknown = pieces.stream().anyMatch(p -> !p.known() && p.splittable());
        List<List<Piece>> elements = new ArrayList<>();
        for (FieldSplitter.Field field : FieldSplitter.split(pieces, separators())) {
            List<Piece> element = new ArrayList<>();
            int at = 0;
            for (ShellWord.Span span : field.unknownSpans()) {
                if (span.start() > at) {
                    element.add(Piece.quoted(field.text().substring(at, span.start())));
                }
                element.add(Piece.unknown(field.text().substring(span.start(), span.end()), !countUnknown));
                at = span.end();
            }
            if (at < field.text().length() || element.isEmpty()) {
                element.add(Piece.quoted(field.text().substring(at)));
            }
            elements.add(element);
        }
        return elements;
    }

    /** The value of an assignment's right-hand side: expanded, quotes removed, never split. */
    ShellValue value(String text) {
        return join(lex(text, Mode.UNQUOTED), text);
    }

    /** The pieces of an assignment's right-hand side, to keep what is known of a partly unknown value. */
    List<Piece> valueParts(String text) {
        List<Piece> parts = new ArrayList<>();
        for (Piece piece : lex(text, Mode.UNQUOTED)) {
            parts.add(piece.fieldBreak() ? Piece.quoted(" ") : piece);
        }
        return parts;
    }

    /** The pieces {@code $name} expands to: its value, or for a partly known value its known and unknown parts. */
    List<Piece> variable(String name, String written, boolean quoted) {
        ShellValue value = scope.variables.get(name);
        List<Piece> parts = value.known() ? null : scope.variables.parts(name);
        if (parts == null) {
            return List.of(Piece.of(value, written, quoted));
        }
        List<Piece> pieces = new ArrayList<>(parts.size());
        for (Piece part : parts) {
            pieces.add(part.known() ? new Piece(part.text(), !quoted, true, false) : Piece.unknown(part.text(), quoted));
        }
        return pieces;
    }

    /** Joins pieces without splitting; unknown when any piece is. */
    static ShellValue join(List<Piece> pieces, String written) {
        StringBuilder text = new StringBuilder();
        for (Piece piece : pieces) {
            if (!piece.known()) {
                return ShellValue.unknown(written);
            }
            text.append(piece.fieldBreak() ? " " : piece.text());
            if (text.length() > MAX_VALUE_LENGTH) {
                return ShellValue.unknown(written + " (too long)");
            }
        }
        return ShellValue.known(text.toString());
    }

    List<Piece> lex(String s, Mode mode) {
        List<Piece> out = new ArrayList<>();
        if (depth >= MAX_DEPTH) {
            out.add(Piece.unknown(s, mode != Mode.UNQUOTED));
            return out;
        }
        depth++;
        try {
            lexInto(s, mode, out);
        } finally {
            depth--;
        }
        return out;
    }

    private void lexInto(String s, Mode mode, List<Piece> out) {
        boolean quoted = mode != Mode.UNQUOTED;
        StringBuilder literal = new StringBuilder();
        int i = 0;
        if (mode == Mode.UNQUOTED && s.startsWith("~")) {
            i = tilde(s, out);
        }
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i = backslash(s, i, mode, literal, out);
            } else if (c == '\'' && mode == Mode.UNQUOTED) {
                flush(literal, quoted, out);
                int end = ShellScanner.endOfSingleQuoted(s, i + 1);
                out.add(Piece.quoted(s.substring(i + 1, end < 0 ? s.length() : end - 1)));
                i = end < 0 ? s.length() : end;
            } else if (c == '"' && mode != Mode.DOUBLE_QUOTED) {
                flush(literal, quoted, out);
                int end = ShellScanner.endOfDoubleQuoted(s, i + 1);
                out.addAll(doubleQuoted(s.substring(i + 1, end < 0 ? s.length() : end - 1)));
                i = end < 0 ? s.length() : end;
            } else if (c == '$' && i + 1 < s.length()) {
                flush(literal, quoted, out);
                i = dollar(s, i, quoted, out);
            } else if (c == '`') {
                flush(literal, quoted, out);
                int end = ShellScanner.endOfBackquoted(s, i + 1);
                end = end < 0 ? s.length() : end;
                String written = s.substring(i, end);
                out.add(substitution(written.length() >= 2 ? written.substring(1, written.length() - 1) : "", written, quoted));
                i = end;
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(literal, quoted, out);
    }

    private static void flush(StringBuilder literal, boolean quoted, List<Piece> out) {
        if (literal.length() > 0) {
            out.add(quoted ? Piece.quoted(literal.toString()) : Piece.unquoted(literal.toString()));
            literal.setLength(0);
        }
    }

    private static int backslash(String s, int i, Mode mode, StringBuilder literal, List<Piece> out) {
        if (i + 1 >= s.length()) {
            literal.append('\\');
            return i + 1;
        }
        char next = s.charAt(i + 1);
        if (next == '\n') {
            return i + 2;
        }
        boolean escapes = mode == Mode.UNQUOTED || "$`\"\\".indexOf(next) >= 0
                || (mode == Mode.QUOTED_OPERAND && next == '}');
        if (!escapes) {
            literal.append('\\');
            return i + 1;
        }
        if (mode == Mode.UNQUOTED) {
            flush(literal, false, out);
            out.add(Piece.quoted(String.valueOf(next)));
        } else {
            literal.append(next);
        }
        return i + 2;
    }

    private List<Piece> doubleQuoted(String content) {
        List<Piece> pieces = new ArrayList<>();
        if (!content.equals("$@") && !content.equals("${@}") && !ALL_ELEMENTS.matcher(content).matches()) {
            pieces.add(Piece.quoted(""));
        }
        pieces.addAll(lex(content, Mode.DOUBLE_QUOTED));
        return pieces;
    }

    private int tilde(String s, List<Piece> out) {
        int end = s.indexOf('/');
        end = end < 0 ? s.length() : end;
        String user = s.substring(1, end);
        if (!user.isEmpty() && !user.matches("[A-Za-z0-9_.-]+")) {
            return 0;
        }
        ShellValue home = user.isEmpty() ? scope.variables.get("HOME") : ShellValue.unknown("~" + user);
        out.add(home.known() ? Piece.quoted(home.text()) : Piece.unknown(s.substring(0, end), true));
        return end;
    }

    /** Reads one {@code $…} at {@code i} and returns the index after it. */
    private int dollar(String s, int i, boolean quoted, List<Piece> out) {
        char d = s.charAt(i + 1);
        if (d == '(') {
            int end = ShellScanner.endOfGroup(s, i + 2, ')', true);
            end = end < 0 ? s.length() : end;
            String written = s.substring(i, end);
            boolean arithmetic = i + 2 < s.length() && s.charAt(i + 2) == '(' && written.endsWith("))");
            if (arithmetic) {
                // parameters and substitutions inside are expanded first, as in double quotes
                ShellValue expression = join(lex(s.substring(i + 3, end - 2), Mode.DOUBLE_QUOTED), written);
                ShellValue result = expression.known() ? Arithmetic.evaluate(expression.text(), scope.variables)
                        : expression;
                out.add(Piece.of(result, written, quoted));
            } else {
                out.add(substitution(written.endsWith(")") ? s.substring(i + 2, end - 1) : s.substring(i + 2, end), written,
                        quoted));
            }
            return end;
        }
        if (d == '{') {
            int end = ShellScanner.endOfGroup(s, i + 2, '}', !quoted);
            if (end < 0) {
                out.add(Piece.unknown(s.substring(i), quoted));
                return s.length();
            }
            out.addAll(parameters.expand(s.substring(i + 2, end - 1), s.substring(i, end), quoted));
            return end;
        }
        if (d == '\'' && !quoted) {
            int end = ShellScanner.endOfAnsiC(s, i + 2);
            end = end < 0 ? s.length() + 1 : end;
            out.add(Piece.quoted(AnsiCString.decode(s.substring(i + 2, end - 1))));
            return Math.min(end, s.length());
        }
        if (d == '"' && !quoted) {
            int end = ShellScanner.endOfDoubleQuoted(s, i + 2);
            out.addAll(doubleQuoted(s.substring(i + 2, end < 0 ? s.length() : end - 1)));
            return end < 0 ? s.length() : end;
        }
        if (Character.isLetter(d) && d < 128 || d == '_') {
            int end = i + 1;
            while (end < s.length() && isNameChar(s.charAt(end))) {
                end++;
            }
            String name = s.substring(i + 1, end);
            out.addAll(variable(name, s.substring(i, end), quoted));
            return end;
        }
        if ("@*#?$!-0123456789".indexOf(d) >= 0) {
            out.addAll(parameters.special(d, s.substring(i, i + 2), quoted));
            return i + 2;
        }
        out.add(quoted ? Piece.quoted("$") : Piece.unquoted("$"));
        return i + 1;
    }

    /**
     * A command substitution: the script's own folder ({@link ScriptDirectory}), what the host prints
     * for a question about itself ({@code $(uname -m)}, {@code $(go env GOARCH)}), else unknown. Parameters in the command are expanded first.
     */
    private Piece substitution(String command, String written, boolean quoted) {
        String scriptFolder = ScriptDirectory.of(command, scope);
        if (scriptFolder != null) {
            return Piece.of(ShellValue.known(scriptFolder), written, quoted);
        }
        ShellValue text = join(lex(command, Mode.DOUBLE_QUOTED), written);
        if (text.known()) {
            java.util.Optional<String> answer = scope.host.answer(text.text());
            if (answer.isPresent()) {
                return Piece.of(ShellValue.known(answer.get()), written, quoted);
            }
        }
        return Piece.unknown(written, quoted);
    }

    static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
