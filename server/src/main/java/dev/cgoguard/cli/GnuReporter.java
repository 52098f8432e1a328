package dev.cgoguard.cli;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.workspace.TextRange;
import java.io.PrintWriter;
import java.util.List;

/**
 * The GNU Coding Standards' message format, which Emacs' compilation mode, Vim's quickfix list and
 * many CI log parsers read: {@code file:line.col-endLine.endCol: error: message [rule]} ({@code
 * file:line.col-endCol} within one line), each related location below it as a {@code note:}.
 * Paths are as they open from the current directory.
 */
final class GnuReporter implements Reporter {
    @Override
    public void report(List<ReportedFinding> findings, ReportContext context, PrintWriter out) {
        for (ReportedFinding reported : findings) {
            Finding f = reported.finding();
            out.println(reported.localPath() + ":" + range(f.location().range()) + ": " + word(f) + ": " + f.message()
                    + " [" + f.rule() + "]");
            for (RelatedLocation related : f.related()) {
                out.println(reported.local(related.location().path()) + ":" + range(related.location().range()) + ": note: "
                        + related.message());
            }
        }
    }

    private static String word(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, HINT -> "note";
        };
    }

    static String range(TextRange range) {
        int line = range.start().line() + 1;
        int column = range.start().column() + 1;
        int endLine = range.end().line() + 1;
        int endColumn = range.end().column() + 1;
        String start = line + "." + column;
        if (endLine == line && endColumn == column) {
            return start;
        }
        return start + "-" + (endLine == line ? Integer.toString(endColumn) : endLine + "." + endColumn);
    }
}
