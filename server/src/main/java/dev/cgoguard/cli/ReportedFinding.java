package dev.cgoguard.cli;

import dev.cgoguard.finding.Finding;
import java.util.Comparator;

/** A finding with the lint target it came from, which decides how its paths are shown. */
record ReportedFinding(LintTarget target, Finding finding) {
    static final Comparator<ReportedFinding> ORDER = (a, b) -> {
        int order = a.displayPath().compareTo(b.displayPath());
        if (order == 0) {
            order = a.finding().location().range().start().compareTo(b.finding().location().range().start());
        }
        if (order == 0) {
            order = a.finding().rule().compareTo(b.finding().rule());
        }
        return order != 0 ? order : a.finding().message().compareTo(b.finding().message());
    };

    /** The finding's path as the JSON and SARIF reports give it (relative to the linted folder). */
    String displayPath() {
        return target.display(finding.location().path());
    }

    String display(String workspaceRelative) {
        return target.display(workspaceRelative);
    }

    /** The finding's path as it opens from the current directory, for the formats people and CI annotations read. */
    String localPath() {
        return target.local(finding.location().path());
    }

    String local(String workspaceRelative) {
        return target.local(workspaceRelative);
    }
}
