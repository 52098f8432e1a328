package dev.cgoguard.kinds.just;

import dev.cgoguard.workspace.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small reader for the parts of a justfile that decide its go commands: assignments
 * ({@code name := "value"}, with {@code +} and {@code /} joins of strings and variables), {@code export},
 * {@code set export}, {@code set shell}, and recipes with their indented bodies. It reads line by line
 * and is bounded by the file's size; what it does not understand is passed over or left unknown.
 */
final class JustfileReader {
    private static final Pattern ASSIGNMENT = Pattern.compile("^(export\\s+)?([A-Za-z_][A-Za-z0-9_-]*)\\s*:=\\s*(.*)$");
    private static final Pattern SETTING = Pattern.compile("^set\\s+([a-z-]+)(?:\\s*:=\\s*(.*))?$");
    private static final Pattern RECIPE_NAME = Pattern.compile("^@?([A-Za-z_][A-Za-z0-9_-]*)");
    private static final Pattern PARAMETER = Pattern.compile("[+*$]*([A-Za-z_][A-Za-z0-9_-]*)");

    private JustfileReader() {
    }

    static Justfile read(SourceText source) {
        Justfile file = Justfile.empty();
        List<String> shell = file.shell();
        boolean exportAll = false;
        int line = 0;
        int count = source.lineCount();
        while (line < count) {
            String text = stripComment(source.line(line));
            if (text.isBlank() || text.startsWith(" ") || text.startsWith("\t") || text.startsWith("[")) {
                line++;
                continue;
            }
            Matcher setting = SETTING.matcher(text.strip());
            Matcher assignment = ASSIGNMENT.matcher(text.strip());
            String[] recipe = recipeHeader(text.strip());
            if (setting.matches()) {
                String name = setting.group(1);
                String value = setting.group(2) == null ? "true" : setting.group(2).strip();
                if (name.equals("export")) {
                    exportAll = value.equals("true");
                } else if (name.equals("shell")) {
                    shell = shellWords(value);
                }
                line++;
            } else if (assignment.matches()) {
                String name = assignment.group(2);
                file.variables().put(name, JustExpression.evaluate(assignment.group(3), file.variables()));
                if (assignment.group(1) != null) {
                    file.exported().add(name);
                }
                line++;
            } else if (recipe != null && !text.startsWith("alias ") && !text.startsWith("import ") && !text.startsWith("mod ")) {
                line = recipe(source, line, recipe, file);
            } else {
                line++;
            }
        }
        return new Justfile(file.variables(), file.exported(), exportAll, shell, file.recipes());
    }

    /** The name and parameter text of a recipe header ({@code build target="x" *flags: deps}), or null. */
    private static String[] recipeHeader(String line) {
        Matcher name = RECIPE_NAME.matcher(line);
        if (!name.lookingAt()) {
            return null;
        }
        char quote = 0;
        for (int i = name.end(); i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == ':') {
                return i + 1 < line.length() && line.charAt(i + 1) == '=' ? null
                        : new String[] {name.group(1), line.substring(name.end(), i)};
            }
        }
        return null;
    }

    private static int recipe(SourceText source, int header, String[] recipe, Justfile file) {
        List<String> parameters = new ArrayList<>();
        for (String part : recipe[1].strip().split("\\s+")) {
            int equals = part.indexOf('=');
            Matcher p = PARAMETER.matcher(equals < 0 ? part : part.substring(0, equals));
            if (!part.isEmpty() && p.lookingAt()) {
                parameters.add(p.group(1));
            }
        }
        int line = header + 1;
        int count = source.lineCount();
        String indent = null;
        List<Justfile.Line> lines = new ArrayList<>();
        boolean shebang = false;
        while (line < count) {
            String text = source.line(line);
            if (text.isBlank()) {
                line++;
                continue;
            }
            if (!text.startsWith(" ") && !text.startsWith("\t")) {
                break;
            }
            if (indent == null) {
                int i = 0;
                while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
                indent = text.substring(0, i);
                shebang = text.substring(i).startsWith("#!");
            }
            int first = line;
            int start = source.lineStart(line) + Math.min(indent.length(), text.length());
            StringBuilder joined = new StringBuilder(text.substring(Math.min(indent.length(), text.length())));
            while (!shebang && joined.toString().endsWith("\\") && line + 1 < count) {
                line++;
                joined.append('\n').append(source.line(line));
            }
            lines.add(new Justfile.Line(joined.toString(), start, first, line));
            line++;
        }
        file.recipes().add(new Justfile.Recipe(recipe[0], parameters, header, lines, shebang));
        return line;
    }

    /** {@code ["bash", "-uc"]}: the words of the shell setting. */
    private static List<String> shellWords(String value) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|\"([^\"]*)\"").matcher(value);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words.isEmpty() ? List.of("unknown") : words;
    }

    /** The line without a comment that starts it or follows a blank outside quotes. */
    private static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i).stripTrailing();
            }
        }
        return line;
    }

    static Map<String, String> none() {
        return new LinkedHashMap<>();
    }
}
