package dev.cgoguard.make;

import dev.cgoguard.shell.ShellValue;
import java.util.Map;

/** One command of one target in one alternative, before alternatives are merged. */
record ExpandedCommand(String target, String command, RecipeLine line, Map<String, ShellValue> environment) {
}
