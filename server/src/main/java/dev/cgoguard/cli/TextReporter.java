package dev.cgoguard.cli;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.finding.Severity;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code path:line:col: severity: message [rule]}, with the related locations indented below, paths
 * as they open from the current directory; the severity and rule are coloured with ANSI codes when
 * the context asks for colour.
 */
final class TextReporter implements Reporter {
    static final String RESET = "\u001b[0m";
    static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    @Override
    public void report(List<ReportedFinding> findings, ReportContext context, PrintWriter out) {
        boolean color = context.color();
        for (ReportedFinding reported : findings) {
            Finding f = reported.finding();
            String where = reported.localPath() + ":" + (f.location().range().start().line() + 1) + ":"
                    + (f.location().range().start().column() + 1) + ":";
            String severity = f.severity().id() + ":";
            String rule = "[" + f.rule() + "]";
            if (color) {
                where = BOLD + where + RESET;
                severity = colorOf(f.severity()) + severity + RESET;
                rule = DIM + rule + RESET;
            }
            out.printf("%s %s %s %s%n", where, severity, f.message(), rule);
            for (RelatedLocation related : f.related()) {
                out.printf("    %s:%d:%d: %s%n", reported.local(related.location().path()),
                        related.location().range().start().line() + 1, related.location().range().start().column() + 1,
                        related.message());
            }
        }
    }

    static String colorOf(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[1;33m";
            case INFO -> "\u001b[1;36m";
            case HINT -> "\u001b[1;34m";
        };
    }
}
