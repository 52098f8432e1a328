package dev.cgoguard.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ${…}} forms: defaults ({@code :-}, {@code -}, {@code :=}, {@code =}, {@code :+},
 * {@code +}, {@code :?}), length, prefix/suffix removal, replacement, case changes and substrings;
 * plus the special parameters ({@code $@}, {@code $1}, {@code $#}, …). Anything else is unknown.
 */
final class ParameterExpansion {
    private static final String[] OPERATORS = {":-", ":=", ":+", ":?", "-", "=", "+", "?", "##", "#", "%%", "%",
        "//", "/", "^^", "^", ",,", ",", ":"};
    private static final int MAX_PATTERN_SUBJECT = 4096;
    /** {@code NAME[subscript]} or {@code #NAME[subscript]}: an element, all elements, or a count or length. */
    private static final Pattern SUBSCRIPTED = Pattern.compile("(#?)([A-Za-z_][A-Za-z0-9_]*)\\[([^\\[\\]]+)]");

    private final Scope scope;
    private final WordExpander expander;

    ParameterExpansion(Scope scope, WordExpander expander) {
        this.scope = scope;
        this.expander = expander;
    }

    /** Expands the content of {@code ${content}}; {@code written} is the whole form for unknown results. */
    List<Piece> expand(String content, String written, boolean quoted) {
        if (content.equals("@") || content.equals("*") || content.equals("#")
                || content.length() == 1 && "?$!-0123456789".contains(content)) {
            return special(content.charAt(0), written, quoted);
        }
        Matcher subscripted = SUBSCRIPTED.matcher(content);
        if (subscripted.matches()) {
            return subscripted.group(1).isEmpty()
                    ? element(subscripted.group(2), subscripted.group(3), written, quoted)
                    : length(subscripted.group(2), subscripted.group(3), written, quoted);
        }
        if (content.length() > 1 && content.charAt(0) == '#' && isParameter(content.substring(1))) {
            ShellValue value = lookup(content.substring(1));
            return List.of(value.known() ? Piece.of(ShellValue.known(String.valueOf(value.text().length())), written, quoted)
                    : Piece.unknown(written, quoted));
        }
        int nameEnd = nameEnd(content);
        if (nameEnd == 0) {
            return List.of(Piece.unknown(written, quoted));
        }
        String name = content.substring(0, nameEnd);
        String rest = content.substring(nameEnd);
        if (rest.isEmpty()) {
            return isPositional(name) ? List.of(Piece.of(lookup(name), written, quoted))
                    : expander.variable(name, written, quoted);
        }
        if (name.equals("@") || name.equals("*") || rest.startsWith("[")) {
            // ${a[@]/x/y}, ${@:2}: may be any number of words, which an array assignment must not count as one
            return List.of(new Piece(written, true, false, false));
        }
        for (String op : OPERATORS) {
            if (rest.startsWith(op)) {
                return apply(name, op, rest.substring(op.length()), written, quoted);
            }
        }
        return List.of(Piece.unknown(written, quoted));
    }

    /**
     * {@code ${a[i]}}, {@code ${a[@]}} and {@code ${a[*]}}: {@code "${a[@]}"} gives each element as one
     * word, {@code "${a[*]}"} joins them with the first character of IFS, unquoted both split them.
     */
    private List<Piece> element(String name, String subscript, String written, boolean quoted) {
        ShellArray array = scope.variables.array(name);
        if (subscript.equals("@") || subscript.equals("*")) {
            Piece separator = !quoted ? Piece.unquoted(" ")
                    : subscript.equals("@") ? Piece.FIELD_BREAK : Piece.quoted(joiner());
            List<Piece> pieces = new ArrayList<>();
            for (List<Piece> value : array.values()) {
                if (!pieces.isEmpty()) {
                    pieces.add(separator);
                }
                pieces.addAll(word(value, quoted));
            }
            return pieces;
        }
        Integer index = ArrayAssignment.index(subscript, scope, array);
        return index == null ? List.of(Piece.unknown(written, quoted)) : word(array.element(index), quoted);
    }

    /** {@code ${#a[@]}}: the number of elements; {@code ${#a[i]}}: the length of one. */
    private List<Piece> length(String name, String subscript, String written, boolean quoted) {
        ShellArray array = scope.variables.array(name);
        if (subscript.equals("@") || subscript.equals("*")) {
            return List.of(array.exact() ? Piece.of(ShellValue.known(String.valueOf(array.size())), written, quoted)
                    : Piece.unknown(written, quoted));
        }
        Integer index = ArrayAssignment.index(subscript, scope, array);
        ShellValue value = index == null ? ShellValue.unknown(written) : WordExpander.join(array.element(index), written);
        return List.of(value.known() ? Piece.of(ShellValue.known(String.valueOf(value.text().length())), written, quoted)
                : Piece.unknown(written, quoted));
    }

    /** The pieces of one element where it is expanded; an unknown part that may be several words stays marked so. */
    private static List<Piece> word(List<Piece> value, boolean quoted) {
        List<Piece> pieces = new ArrayList<>(value.size() + 1);
        for (Piece part : value) {
            pieces.add(part.known() ? new Piece(part.text(), !quoted, true, false)
                    : new Piece(part.text(), part.splittable() || !quoted, false, false));
        }
        if (pieces.isEmpty() && quoted) {
            pieces.add(Piece.quoted(""));
        }
        return pieces;
    }

    /** What {@code "${a[*]}"} puts between elements: the first character of IFS, a space when IFS is not set by the script. */
    private String joiner() {
        ShellValue ifs = scope.variables.get("IFS");
        if (!Boolean.TRUE.equals(scope.variables.isSet("IFS")) || !ifs.known()) {
            return " ";
        }
        return ifs.text().isEmpty() ? "" : ifs.text().substring(0, 1);
    }

    private List<Piece> apply(String name, String op, String word, String written, boolean quoted) {
        ShellValue value = lookup(name);
        Boolean set = isSet(name);
        WordExpander.Mode operandMode = quoted ? WordExpander.Mode.QUOTED_OPERAND : WordExpander.Mode.UNQUOTED;
        switch (op) {
            case ":-", "-", ":=", "=", ":+", "+", ":?", "?" -> {
                if (set == null || !value.known() && set) {
                    return List.of(Piece.unknown(written, quoted));
                }
                boolean present = set && (!op.startsWith(":") || !value.text().isEmpty());
                String kind = op.substring(op.length() - 1);
                if (kind.equals("+")) {
                    return present ? expander.lex(word, operandMode) : List.of();
                }
                if (present) {
                    return List.of(Piece.of(value, written, quoted));
                }
                if (kind.equals("?")) {
                    return List.of(Piece.unknown(written, quoted));
                }
                List<Piece> operand = expander.lex(word, operandMode);
                if (kind.equals("-")) {
                    return operand;
                }
                ShellValue assigned = WordExpander.join(operand, word);
                if (!isPositional(name)) {
                    scope.variables.assign(name, assigned, scope.allExport);
                }
                return List.of(Piece.of(assigned, written, quoted));
            }
            default -> {
                if (!value.known()) {
                    return List.of(Piece.unknown(written, quoted));
                }
                // a pattern keeps its own quoting even inside "…": quoted characters match themselves
                ShellValue result = transform(value.text(), op, word, WordExpander.Mode.UNQUOTED);
                return List.of(Piece.of(result, written, quoted));
            }
        }
    }

    private ShellValue transform(String value, String op, String word, WordExpander.Mode mode) {
        String unknownWhy = "${…" + op + word + "}";
        switch (op) {
            case "^^", ",,", "^", "," -> {
                if (!word.isEmpty()) {
                    return ShellValue.unknown(unknownWhy);
                }
                return ShellValue.known(changeCase(value, op));
            }
            case ":" -> {
                return substring(value, word, unknownWhy);
            }
            case "/", "//" -> {
                return replace(value, op.equals("//"), word, mode, unknownWhy);
            }
            default -> {
                Pattern pattern = GlobPattern.compile(expander.lex(word, mode));
                if (pattern == null || value.length() > MAX_PATTERN_SUBJECT) {
                    return ShellValue.unknown(unknownWhy);
                }
                return ShellValue.known(GlobPattern.remove(value, pattern, op.startsWith("#"), op.length() == 2));
            }
        }
    }

    private ShellValue replace(String value, boolean all, String word, WordExpander.Mode mode, String why) {
        int slash = word.indexOf('/');
        String patternText = slash < 0 ? word : word.substring(0, slash);
        String replacementText = slash < 0 ? "" : word.substring(slash + 1);
        boolean anchorStart = !all && patternText.startsWith("#");
        boolean anchorEnd = !all && patternText.startsWith("%");
        if (anchorStart || anchorEnd) {
            patternText = patternText.substring(1);
        }
        Pattern pattern = GlobPattern.compile(expander.lex(patternText, mode));
        List<Piece> replacement = expander.lex(replacementText, mode);
        if (pattern == null || replacement.stream().anyMatch(p -> !p.known()) || value.length() > MAX_PATTERN_SUBJECT) {
            return ShellValue.unknown(why);
        }
        if (patternText.isEmpty()) {
            return ShellValue.known(value);
        }
        String regex = (anchorStart ? "^(?:" : "(?:") + pattern.pattern() + (anchorEnd ? ")$" : ")");
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(value);
        StringBuilder result = new StringBuilder();
        int last = 0;
        int from = 0;
        while (from <= value.length() && matcher.find(from)) {
            if (matcher.end() == matcher.start()) {
                from = matcher.end() + 1; // an empty match replaces nothing
                continue;
            }
            result.append(value, last, matcher.start()).append(replacement(replacement, matcher.group()));
            last = matcher.end();
            from = last;
            if (!all) {
                break;
            }
        }
        return ShellValue.known(result.append(value.substring(last)).toString());
    }

    /** The replacement text for one match: an unquoted {@code &} stands for the match (bash 5.2 patsub_replacement). */
    private static String replacement(List<Piece> pieces, String match) {
        StringBuilder text = new StringBuilder();
        for (Piece piece : pieces) {
            text.append(piece.splittable() ? piece.text().replace("&", match) : piece.text());
        }
        return text.toString();
    }

    private static String changeCase(String value, String op) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (op) {
            case "^^" -> value.toUpperCase(Locale.ROOT);
            case ",," -> value.toLowerCase(Locale.ROOT);
            case "^" -> value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1);
            default -> value.substring(0, 1).toLowerCase(Locale.ROOT) + value.substring(1);
        };
    }

    private static ShellValue substring(String value, String word, String why) {
        String[] parts = word.split(":", -1);
        if (parts.length > 2) {
            return ShellValue.unknown(why);
        }
        try {
            int offset = Integer.parseInt(parts[0].trim());
            if (offset < 0) {
                offset = Math.max(0, value.length() + offset);
            }
            offset = Math.min(offset, value.length());
            int end = value.length();
            if (parts.length == 2) {
                int length = Integer.parseInt(parts[1].trim());
                end = length < 0 ? value.length() + length : Math.min(value.length(), offset + length);
                if (end < offset) {
                    return ShellValue.unknown(why);
                }
            }
            return ShellValue.known(value.substring(offset, end));
        } catch (NumberFormatException e) {
            return ShellValue.unknown(why);
        }
    }

    /** {@code $@}, {@code $*}, {@code $#}, {@code $1}…; {@code $?}, {@code $$}, {@code $!}, {@code $-}, {@code $0} are unknown. */
    List<Piece> special(char c, String written, boolean quoted) {
        List<ShellValue> positional = scope.positional;
        if (positional == null || "?$!-0".indexOf(c) >= 0) {
            return List.of(Piece.unknown(written, quoted));
        }
        if (c == '#') {
            return List.of(Piece.of(ShellValue.known(String.valueOf(positional.size())), written, quoted));
        }
        if (Character.isDigit(c)) {
            return List.of(Piece.of(positionalValue(c - '0'), written, quoted));
        }
        if (c == '*' && quoted) {
            List<String> texts = new ArrayList<>();
            for (ShellValue value : positional) {
                if (!value.known()) {
                    return List.of(Piece.unknown(written, true));
                }
                texts.add(value.text());
            }
            return List.of(Piece.quoted(String.join(" ", texts)));
        }
        // "$@" keeps one field per parameter; unquoted $@ and $* split each one and drop empty ones
        List<Piece> pieces = new ArrayList<>();
        for (ShellValue value : positional) {
            if (!pieces.isEmpty()) {
                pieces.add(quoted ? Piece.FIELD_BREAK : Piece.unquoted(" "));
            }
            pieces.add(value.known() ? new Piece(value.text(), !quoted, true, false) : Piece.unknown(written, quoted));
        }
        return pieces;
    }

    private ShellValue lookup(String name) {
        if (isPositional(name)) {
            return positionalValue(Integer.parseInt(name));
        }
        if (name.length() == 1 && "@*#?$!-".contains(name)) {
            return ShellValue.unknown("$" + name);
        }
        return scope.variables.get(name);
    }

    private Boolean isSet(String name) {
        if (isPositional(name)) {
            return scope.positional == null ? null : Integer.parseInt(name) <= scope.positional.size();
        }
        if (name.length() == 1 && "@*#?$!-".contains(name)) {
            return null;
        }
        return scope.variables.isSet(name);
    }

    private ShellValue positionalValue(int index) {
        if (scope.positional == null || index == 0) {
            return ShellValue.unknown("$" + index);
        }
        return index <= scope.positional.size() ? scope.positional.get(index - 1) : ShellValue.known("");
    }

    private static boolean isPositional(String name) {
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }

    private static boolean isParameter(String text) {
        return nameEnd(text) == text.length();
    }

    private static int nameEnd(String content) {
        if (content.isEmpty()) {
            return 0;
        }
        char first = content.charAt(0);
        if (Character.isDigit(first)) {
            int end = 1;
            while (end < content.length() && Character.isDigit(content.charAt(end))) {
                end++;
            }
            return end;
        }
        if ("@*#?$!-".indexOf(first) >= 0) {
            return 1;
        }
        if (!(first < 128 && Character.isLetter(first) || first == '_')) {
            return 0;
        }
        int end = 1;
        while (end < content.length() && WordExpander.isNameChar(content.charAt(end))) {
            end++;
        }
        return end;
    }
}
