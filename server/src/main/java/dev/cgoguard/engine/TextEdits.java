package dev.cgoguard.engine;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies text edits to one file's text, purely: the edits are placed on the original text, an edit
 * that overlaps one placed before it (in the order given) is skipped, and the rest are applied from
 * the end backwards so that no edit shifts another. Inserted line breaks follow the file's own
 * style (CRLF stays CRLF), and the file keeps its final newline, or its lack of one.
 */
public final class TextEdits {
    private TextEdits() {
    }

    /** The new text and how many edits were applied and skipped (because they overlapped an earlier one). */
    public record Result(String text, int applied, int skipped) {
        public boolean changed(String original) {
            return !text.equals(original);
        }
    }

    private record Placed(int start, int end, String newText) {
    }

    public static Result apply(String text, List<TextRange> ranges, List<String> newTexts) {
        if (ranges.size() != newTexts.size()) {
            throw new IllegalArgumentException("one replacement text per range");
        }
        SourceText source = new SourceText(text);
        String lineBreak = usesCrlf(text) ? "\r\n" : "\n";
        List<Placed> kept = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < ranges.size(); i++) {
            int start = source.offsetAt(ranges.get(i).start());
            int end = Math.max(start, source.offsetAt(ranges.get(i).end()));
            Placed candidate = new Placed(start, end, withLineBreaks(newTexts.get(i), lineBreak));
            if (kept.stream().anyMatch(p -> overlaps(p, candidate))) {
                skipped++;
            } else {
                kept.add(candidate);
            }
        }
        kept.sort((a, b) -> a.start() != b.start() ? Integer.compare(b.start(), a.start()) : Integer.compare(b.end(), a.end()));
        StringBuilder result = new StringBuilder(text);
        for (Placed p : kept) {
            result.replace(p.start(), p.end(), p.newText());
        }
        return new Result(keepFinalNewline(text, result.toString(), lineBreak), kept.size(), skipped);
    }

    /** Applies the edits of one file given as {@link FileEdit}s (their paths are not looked at). */
    public static Result apply(String text, List<FileEdit> edits) {
        return apply(text, edits.stream().map(FileEdit::range).toList(), edits.stream().map(FileEdit::newText).toList());
    }

    /** Two edits overlap when their ranges share a character, or both insert at the same place. */
    private static boolean overlaps(Placed a, Placed b) {
        if (a.start() == a.end() && b.start() == b.end()) {
            return a.start() == b.start();
        }
        return a.start() < b.end() && b.start() < a.end();
    }

    /** True when the file's first line break is CRLF. */
    public static boolean usesCrlf(String text) {
        int nl = text.indexOf('\n');
        return nl > 0 && text.charAt(nl - 1) == '\r';
    }

    private static String withLineBreaks(String newText, String lineBreak) {
        if (lineBreak.equals("\n")) {
            return newText;
        }
        return newText.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    private static String keepFinalNewline(String original, String result, String lineBreak) {
        if (original.isEmpty() || result.isEmpty()) {
            return result;
        }
        boolean had = original.endsWith("\n");
        boolean has = result.endsWith("\n");
        if (had && !has) {
            return result + lineBreak;
        }
        if (!had && has) {
            return result.substring(0, result.length() - (result.endsWith("\r\n") ? 2 : 1));
        }
        return result;
    }
}
