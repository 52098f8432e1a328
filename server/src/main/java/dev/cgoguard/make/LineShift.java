package dev.cgoguard.make;

import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;

/**
 * How the lines of a Makefile moved when an edit added, removed or changed only lines make skips
 * as it reads: empty lines and comment lines ({@code #} in the first column) that stand on their
 * own, neither continuing a line before them ({@code \} at its end) nor continuing onto the next,
 * nor inside a {@code define}. Make reads such a file as before, statement for statement, so what
 * it gives is what it gave with each position on a line after the edit moved by the lines added or
 * removed. Only one edited stretch of lines is recognised (lines before and after it as they were);
 * a text with carriage returns, an empty first line (its empty range would be taken for the file's)
 * or an edit of the file's last line is never recognised.
 */
final class LineShift {
    private static final TextRange FILE = TextRange.of(0, 0, 0, 0);
    /** Lines before this one stay where they were. */
    private final int editStart;
    /** The first line after the edited stretch in the text before the edit: from here on lines move by {@link #delta}. */
    private final int oldEditEnd;
    private final int delta;
    private final String after;

    private LineShift(int editStart, int oldEditEnd, int delta, String after) {
        this.editStart = editStart;
        this.oldEditEnd = oldEditEnd;
        this.delta = delta;
        this.after = after;
    }

    /** The shift from {@code before} to {@code after}, or null when the edit may change what make reads. */
    static LineShift between(String before, String after) {
        return between(new SourceText(before), new SourceText(after));
    }

    /** As {@link #between(String, String)}, for texts whose lines are already indexed. */
    static LineShift between(SourceText old, SourceText now) {
        String before = old.text();
        String after = now.text();
        if (before.equals(after) || before.indexOf('\r') >= 0 || after.indexOf('\r') >= 0) {
            return null;
        }
        int oldCount = old.lineCount();
        int newCount = now.lineCount();
        int prefix = 0;
        while (prefix < oldCount && prefix < newCount && sameLine(old, prefix, now, prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < oldCount - prefix && suffix < newCount - prefix
                && sameLine(old, oldCount - 1 - suffix, now, newCount - 1 - suffix)) {
            suffix++;
        }
        // the last logical line (where a missing endif is reported) must be the same line in both texts
        boolean lastKept = suffix >= 2 || suffix == 1 && !old.line(oldCount - 1).isEmpty();
        if (!lastKept || old.line(0).isEmpty() || now.line(0).isEmpty()
                || prefix > 0 && SourceText.continuesOnNextLine(old.line(prefix - 1))
                || !skipped(old, prefix, oldCount - suffix) || !skipped(now, prefix, newCount - suffix)) {
            return null;
        }
        return new LineShift(prefix, oldCount - suffix, newCount - oldCount, after);
    }

    private static boolean sameLine(SourceText a, int lineA, SourceText b, int lineB) {
        int startA = a.lineStart(lineA);
        int length = a.lineEnd(lineA) - startA;
        int startB = b.lineStart(lineB);
        return b.lineEnd(lineB) - startB == length && a.text().regionMatches(startA, b.text(), startB, length);
    }

    /** True when every line {@code from..to-1} of the text is an empty or comment line make skips wherever it stands. */
    private static boolean skipped(SourceText text, int from, int to) {
        for (int i = from; i < to; i++) {
            String line = text.line(i);
            if (!(line.isEmpty() || line.charAt(0) == '#') || SourceText.continuesOnNextLine(line)) {
                return false;
            }
        }
        if (from == to) {
            return true;
        }
        boolean[] inDefine = defineBodies(text, to);
        for (int i = from; i < to; i++) {
            if (inDefine[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The physical lines before {@code to} that may be part of a {@code define} body: every line after a line that may
     * open one (as the reader decides, whether or not a conditional around it is taken) up to the
     * {@code endef} that closes it, nested defines counted as the reader counts them.
     */
    private static boolean[] defineBodies(SourceText text, int to) {
        boolean[] body = new boolean[to];
        int depth = 0;
        for (int first = 0; first < to; first++) {
            int last = first;
            StringBuilder joined = null;
            String raw = text.line(first);
            while (last + 1 < text.lineCount() && SourceText.continuesOnNextLine(text.line(last))) {
                last++;
                joined = (joined == null ? new StringBuilder(raw) : joined).append('\n').append(text.line(last));
            }
            if (joined != null) {
                raw = joined.toString();
            }
            boolean named = raw.contains("define") || raw.contains("endef");
            if (depth == 0) {
                if (named) {
                    String stripped = MakefileLines.stripComment(joined == null ? raw : MakefileLines.collapse(raw))
                            .stripLeading();
                    String word = MakefileReader.firstWord(stripped);
                    if (word.equals("define") || modifier(word) && stripped.contains("define")) {
                        depth = 1;
                    }
                }
            } else {
                if (named) {
                    String line = raw.strip();
                    String word = MakefileReader.firstWord(line);
                    if (word.equals("define") || modifier(word) && MakefileReader.firstWord(line.substring(word.length())
                            .strip()).equals("define")) {
                        depth++;
                    } else if (word.equals("endef")) {
                        depth--;
                    }
                }
                for (int i = first; i <= last && i < to; i++) {
                    body[i] = true;
                }
            }
            first = last;
        }
        return body;
    }

    private static boolean modifier(String word) {
        return word.equals("override") || word.equals("export") || word.equals("private");
    }

    /** The text after the edit. */
    String after() {
        return after;
    }

    /** Where a line of the text before the edit is now; -1 for a line of the edited stretch. */
    int line(int before) {
        if (before < editStart) {
            return before;
        }
        return before >= oldEditEnd ? before + delta : -1;
    }

    /**
     * The range moved with its lines; null when it touches the edited stretch. The empty range at
     * the file's start stands for the whole file (no line of the texts shifted is empty there) and stays.
     */
    TextRange range(TextRange before) {
        if (before.equals(FILE)) {
            return before;
        }
        int start = line(before.start().line());
        int end = line(before.end().line());
        if (start < 0 || end < 0) {
            return null;
        }
        return new TextRange(new TextPosition(start, before.start().column()), new TextPosition(end, before.end().column()));
    }

}
