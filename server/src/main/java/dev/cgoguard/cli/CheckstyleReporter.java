package dev.cgoguard.cli;

import dev.cgoguard.finding.Finding;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle's XML report, which Jenkins (Warnings Next Generation), SonarQube and reviewdog read:
 * a {@code <file name="…">} per file with an {@code <error line column severity message source>}
 * per finding; the severity is {@code error}, {@code warning} or {@code info} (a hint is info) and
 * the source {@code cgoguard.<rule>}. Paths are as they open from the current directory.
 */
final class CheckstyleReporter implements Reporter {
    @Override
    public void report(List<ReportedFinding> findings, ReportContext context, PrintWriter out) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (ReportedFinding reported : findings) {
            byFile.computeIfAbsent(reported.localPath(), k -> new ArrayList<>()).add(reported.finding());
        }
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<checkstyle version=\"4.3\">");
        byFile.forEach((path, list) -> {
            out.println("  <file name=\"" + escape(path) + "\">");
            for (Finding f : list) {
                out.println("    <error line=\"" + (f.location().range().start().line() + 1)
                        + "\" column=\"" + (f.location().range().start().column() + 1)
                        + "\" severity=\"" + severity(f) + "\" message=\"" + escape(f.message())
                        + "\" source=\"cgoguard." + escape(f.rule()) + "\"/>");
            }
            out.println("  </file>");
        });
        out.println("</checkstyle>");
    }

    private static String severity(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, HINT -> "info";
        };
    }

    /** Escapes text for an XML attribute; characters XML 1.0 cannot hold become U+FFFD. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> out.append(c < 0x20 || c == 0xFFFE || c == 0xFFFF ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
