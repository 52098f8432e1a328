package dev.cgoguard.make;

import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * The logical lines of a Makefile: physical lines joined where one ends in an odd number of
 * backslashes. The same logical line reads differently as a recipe line (continuations kept, as
 * make hands them to the shell) and as any other line (continuations become one space, comments go).
 */
final class MakefileLines {
    /** Physical lines {@code first..last} (0-based, inclusive). */
    record Line(int first, int last) {
    }

    private final SourceText text;
    private final String[] physical;
    private final List<Line> lines;

    MakefileLines(SourceText text) {
        this.text = text;
        this.physical = new String[text.lineCount()];
        for (int i = 0; i < physical.length; i++) {
            physical[i] = text.line(i);
        }
        this.lines = split(text, physical);
    }

    List<Line> lines() {
        return lines;
    }

    SourceText source() {
        return text;
    }

    private static List<Line> split(SourceText text, String[] physical) {
        List<Line> out = new ArrayList<>();
        int count = text.lineCount();
        if (text.length() == 0) {
            return out;
        }
        int i = 0;
        while (i < count) {
            int first = i;
            while (i + 1 < count && SourceText.continuesOnNextLine(physical[i])) {
                i++;
            }
            out.add(new Line(first, i));
            i++;
        }
        if (!out.isEmpty() && text.text().endsWith("\n")) {
            Line last = out.get(out.size() - 1);
            if (last.first() == last.last() && last.first() == count - 1 && physical[count - 1].isEmpty()) {
                out.remove(out.size() - 1);
            }
        }
        return out;
    }

    String physical(int line) {
        return physical[line];
    }

    TextRange range(Line line) {
        return TextRange.of(line.first(), 0, line.last(), text.lineEnd(line.last()) - text.lineStart(line.last()));
    }

    /** The physical lines joined with newlines, as written (define bodies). */
    String raw(Line line) {
        StringBuilder out = new StringBuilder(physical(line.first()));
        for (int i = line.first() + 1; i <= line.last(); i++) {
            out.append('\n').append(physical(i));
        }
        return out.toString();
    }

    /** A recipe line: the prefix character of each physical line taken off, backslash-newlines kept. */
    String recipe(Line line, char prefix) {
        StringBuilder out = new StringBuilder();
        for (int i = line.first(); i <= line.last(); i++) {
            String physical = physical(i);
            if (i > line.first()) {
                out.append('\n');
            }
            out.append(!physical.isEmpty() && physical.charAt(0) == prefix ? physical.substring(1) : physical);
        }
        return out.toString();
    }

    /** Any other line: each backslash-newline with the blanks around it becomes one space. */
    String collapsed(Line line) {
        if (line.first() == line.last()) {
            return physical(line.first());
        }
        return collapse(raw(line));
    }

    static String collapse(String joined) {
        StringBuilder out = new StringBuilder(joined.length());
        int i = 0;
        int n = joined.length();
        while (i < n) {
            char c = joined.charAt(i);
            if (c == '\\' && i + 1 < n && joined.charAt(i + 1) == '\n') {
                while (out.length() > 0 && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\t')) {
                    out.setLength(out.length() - 1);
                }
                out.append(' ');
                i += 2;
                while (i < n && (joined.charAt(i) == ' ' || joined.charAt(i) == '\t')) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The line without its comment ({@code #} not escaped by a backslash); {@code \#} becomes {@code #}. */
    static String stripComment(String line) {
        if (line.indexOf('#') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '#') {
                out.append('#');
                i++;
            } else if (c == '#') {
                break;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
