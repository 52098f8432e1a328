package dev.cgoguard.kinds.just;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What cgoguard reads of a justfile: its variables (null: a value not known from the text, such as a
 * backtick or a function call), which are exported ({@code export NAME := …}, or all of them under
 * {@code set export}), the shell its recipe lines run in ({@code set shell}), and its recipes with
 * their lines and parameters. Everything else (aliases, imports, modules, attributes) is passed over.
 */
record Justfile(Map<String, String> variables, List<String> exported, boolean exportAll, List<String> shell, List<Recipe> recipes) {

    /** A recipe: its name, parameter names, the line of its header, its body lines, and whether its body is one shebang script. */
    record Recipe(String name, List<String> parameters, int headerLine, List<Line> lines, boolean shebang) {
    }

    /** A body line as just runs it: the text (continuations joined), where it starts in the file and the file lines it spans. */
    record Line(String text, int startOffset, int firstLine, int lastLine) {
    }

    static Justfile empty() {
        return new Justfile(new LinkedHashMap<>(), new ArrayList<>(), false, List.of("sh", "-cu"), new ArrayList<>());
    }
}
