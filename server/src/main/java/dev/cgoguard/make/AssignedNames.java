package dev.cgoguard.make;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, from the text alone, the names a Makefile assigns anywhere (also in branches not taken,
 * and target-specific ones). Such a name, while still unset, is taken as empty rather than as
 * something the environment may set: the file owns it.
 */
final class AssignedNames {
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "^ *(?:[^\\t#=:\\n]*?:\\s*)?(?:(?:export|override|private)\\s+)*([A-Za-z0-9_.\\-]+)\\s*(?:=|:=|::=|\\+=|\\?=|!=)",
            Pattern.MULTILINE);
    private static final Pattern DEFINE = Pattern.compile(
            "^\\s*(?:(?:export|override|private)\\s+)*define\\s+([A-Za-z0-9_.\\-]+)", Pattern.MULTILINE);

    private AssignedNames() {
    }

    static void collect(String text, Set<String> names) {
        Matcher m = ASSIGNMENT.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        Matcher d = DEFINE.matcher(text);
        while (d.find()) {
            names.add(d.group(1));
        }
    }
}
