package dev.cgoguard.docker;

import dev.cgoguard.workspace.MappedText;
import java.util.ArrayList;
import java.util.List;

/** Decodes the JSON exec form of an instruction ({@code ["go", "build"]}); anything else is not one. */
final class JsonStringArray {
    private final String s;
    private int i;

    private JsonStringArray(String s) {
        this.s = s;
    }

    /** The strings with their ranges, or null when the text is not exactly a JSON array of strings. */
    static List<DockerArgument> parse(MappedText text) {
        String s = text.text();
        if (s.isEmpty() || s.charAt(0) != '[') {
            return null;
        }
        return new JsonStringArray(s).array(text);
    }

    private List<DockerArgument> array(MappedText text) {
        List<DockerArgument> items = new ArrayList<>();
        i = 1;
        space();
        if (peek() == ']') {
            i++;
            space();
            return i == s.length() ? items : null;
        }
        while (true) {
            space();
            int start = i;
            String value = string();
            if (value == null) {
                return null;
            }
            items.add(new DockerArgument(value, text.fileRange(start, i)));
            space();
            char c = peek();
            i++;
            if (c == ']') {
                space();
                return i == s.length() ? items : null;
            }
            if (c != ',') {
                return null;
            }
        }
    }

    private String string() {
        if (peek() != '"') {
            return null;
        }
        i++;
        StringBuilder out = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i >= s.length()) {
                return null;
            }
            char e = s.charAt(i++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (i + 4 > s.length()) {
                        return null;
                    }
                    try {
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    } catch (NumberFormatException ex) {
                        return null;
                    }
                    i += 4;
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    private char peek() {
        return i < s.length() ? s.charAt(i) : 0;
    }

    private void space() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }
}
