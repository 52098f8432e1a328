package dev.cgoguard.cli;

import dev.cgoguard.finding.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The line that ends a report people read: {@code 3 findings (1 error, 2 warnings) in 2 files},
 * with how many findings {@code --min-severity} left out; nothing when there is nothing to say.
 */
record Summary(Map<Severity, Integer> counts, int files, int hidden, Severity minSeverity) {

    static Summary of(List<ReportedFinding> reported, int hidden, Severity minSeverity) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        Set<String> files = new HashSet<>();
        for (ReportedFinding r : reported) {
            counts.merge(r.finding().severity(), 1, Integer::sum);
            files.add(r.localPath());
        }
        return new Summary(counts, files.size(), hidden, minSeverity);
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The summary line, or empty when there are no findings and none was left out. */
    String line() {
        int total = total();
        if (total == 0 && hidden == 0) {
            return "";
        }
        StringBuilder line = new StringBuilder(plural(total, "finding", "findings"));
        if (total > 0) {
            List<String> parts = new ArrayList<>();
            for (Severity severity : Severity.values()) {
                Integer count = counts.get(severity);
                if (count != null) {
                    parts.add(switch (severity) {
                        case ERROR -> plural(count, "error", "errors");
                        case WARNING -> plural(count, "warning", "warnings");
                        case INFO -> count + " info";
                        case HINT -> plural(count, "hint", "hints");
                    });
                }
            }
            line.append(" (").append(String.join(", ", parts)).append(") in ").append(plural(files, "file", "files"));
        }
        if (hidden > 0) {
            line.append("; ").append(hidden).append(" below ").append(minSeverity.id()).append(" not shown");
        }
        return line.toString();
    }

    private static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
