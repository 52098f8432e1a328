package dev.cgoguard.cli;

import dev.cgoguard.rules.RuleRegistry;
import java.nio.file.Path;

/** What reporters need besides the findings: the rules, the tool's version, colour, and the folder paths are shown relative to. */
record ReportContext(RuleRegistry rules, String version, boolean color, Path displayRoot) {
}
