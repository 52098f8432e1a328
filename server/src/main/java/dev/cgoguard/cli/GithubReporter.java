package dev.cgoguard.cli;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.workspace.TextRange;
import java.io.PrintWriter;
import java.util.List;

/**
 * GitHub Actions workflow commands, one per finding:
 * {@code ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule>::message}; warnings become
 * {@code ::warning} and info and hints {@code ::notice}. Data escapes {@code % \r \n}; properties
 * escape {@code , :} as well, as GitHub's toolkit does. Paths are relative to the current directory, where
 * the workflow step runs (the repository's root, for annotations on the right file).
 */
final class GithubReporter implements Reporter {
    @Override
    public void report(List<ReportedFinding> findings, ReportContext context, PrintWriter out) {
        for (ReportedFinding reported : findings) {
            Finding f = reported.finding();
            TextRange range = f.location().range();
            String command = switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO, HINT -> "notice";
            };
            out.println("::" + command
                    + " file=" + property(reported.localPath())
                    + ",line=" + (range.start().line() + 1)
                    + ",col=" + (range.start().column() + 1)
                    + ",endLine=" + (range.end().line() + 1)
                    + ",endColumn=" + (range.end().column() + 1)
                    + ",title=" + property(f.rule())
                    + "::" + data(f.message()));
        }
    }

    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
