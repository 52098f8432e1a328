package dev.cgoguard.cli;

import dev.cgoguard.engine.Finding;
import dev.cgoguard.engine.RelatedLocation;
import java.io.PrintWriter;
import java.util.List;

/** {@code path:line:col: severity: message [rule]}, with the related locations indented below. */
final class TextReporter implements Reporter {
    @Override
    public void report(List<ReportedFinding> findings, PrintWriter out) {
        for (ReportedFinding reported : findings) {
            Finding f = reported.finding();
            out.printf("%s:%d:%d: %s: %s [%s]%n", reported.displayPath(), f.location().range().start().line() + 1,
                    f.location().range().start().column() + 1, f.severity().id(), f.message(), f.rule());
            for (RelatedLocation related : f.related()) {
                out.printf("    %s:%d:%d: %s%n", reported.display(related.location().path()),
                        related.location().range().start().line() + 1, related.location().range().start().column() + 1,
                        related.message());
            }
        }
    }
}
