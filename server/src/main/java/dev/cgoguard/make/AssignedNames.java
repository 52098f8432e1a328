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
            " *(?:[^\\t#=:\\n]*?:\\s*)?(?:(?:export|override|private)\\s+)*([A-Za-z0-9_.\\-]+)\\s*(?:=|:=|::=|\\+=|\\?=|!=)");
    private static final Pattern DEFINE = Pattern.compile(
            "\\s*(?:(?:export|override|private)\\s+)*define\\s+([A-Za-z0-9_.\\-]+)");

    private AssignedNames() {
    }

    /** Each line is matched from its start only, so a long file costs one pass over its lines. */
    static void collect(String text, Set<String> names) {
        Matcher assignment = ASSIGNMENT.matcher("");
        Matcher define = DEFINE.matcher("");
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            if (line.indexOf('=') >= 0 && assignment.reset(line).lookingAt()) {
                names.add(assignment.group(1));
            }
            if (line.contains("define") && define.reset(line).lookingAt()) {
                names.add(define.group(1));
            }
            start = end + 1;
        }
    }
}
