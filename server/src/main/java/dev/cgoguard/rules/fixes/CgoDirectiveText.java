package dev.cgoguard.rules.fixes;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code #cgo} line of a cgo preamble as written ({@code #cgo linux LDFLAGS: -static -lm}), with
 * the edit that takes flags out of it: the line goes when no flag is left.
 */
public final class CgoDirectiveText {
    private static final Pattern DIRECTIVE = Pattern.compile("#cgo\\s+[^:]*:(.*)$");
    private static final Pattern LINE_OPENING = Pattern.compile("^\\s*(//\\s*)?$");

    private CgoDirectiveText() {
    }

    /**
     * Removes the flags that match from the directive at {@code directive} (from {@code #cgo} to the
     * end of its line), given the whole text of its line; empty when none is written there.
     */
    public static Optional<FileEdit> removeFlags(SourceLocation directive, String lineText, Predicate<String> unwanted) {
        int at = lineText.indexOf("#cgo");
        if (at < 0) {
            return Optional.empty();
        }
        Matcher m = DIRECTIVE.matcher(lineText.substring(at).stripTrailing());
        if (!m.find()) {
            return Optional.empty();
        }
        String flags = m.group(1);
        int flagsStart = at + m.start(1);
        List<int[]> words = new ArrayList<>();
        for (Matcher w = Pattern.compile("\\S+").matcher(flags); w.find(); ) {
            words.add(new int[] {flagsStart + w.start(), flagsStart + w.end()});
        }
        List<int[]> removed = words.stream().filter(w -> unwanted.test(lineText.substring(w[0], w[1]))).toList();
        if (removed.isEmpty()) {
            return Optional.empty();
        }
        int line = directive.range().start().line();
        if (removed.size() == words.size()) {
            if (LINE_OPENING.matcher(lineText.substring(0, at)).matches()) {
                return Optional.of(new FileEdit(directive.path(), TextRange.of(line, 0, line + 1, 0), ""));
            }
            return Optional.of(new FileEdit(directive.path(), TextRange.of(line, at, line, at + m.end()), ""));
        }
        StringBuilder kept = new StringBuilder();
        for (int[] w : words) {
            if (!removed.contains(w)) {
                kept.append(' ').append(lineText, w[0], w[1]);
            }
        }
        return Optional.of(new FileEdit(directive.path(), TextRange.of(line, flagsStart, line, words.get(words.size() - 1)[1]),
                kept.toString()));
    }
}
