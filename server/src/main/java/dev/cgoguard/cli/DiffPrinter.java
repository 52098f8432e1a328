package dev.cgoguard.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

/** Prints the changes fixes would make as a unified diff ({@code --- a/path}, {@code +++ b/path}, 3 lines of context). */
final class DiffPrinter {
    private static final int CONTEXT = 3;

    private DiffPrinter() {
    }

    static void print(String displayPath, String original, String fixed, PrintWriter out) {
        List<String> before = lines(original);
        List<String> after = lines(fixed);
        Patch<String> patch = DiffUtils.diff(before, after);
        for (String line : UnifiedDiffUtils.generateUnifiedDiff("a/" + displayPath, "b/" + displayPath, before, patch, CONTEXT)) {
            out.println(line);
        }
    }

    /** The lines of a text without their line breaks ({@code \r} of CRLF dropped too). */
    static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return Arrays.stream(body.split("\n", -1)).map(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l).toList();
    }
}
