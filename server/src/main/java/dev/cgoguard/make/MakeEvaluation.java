package dev.cgoguard.make;

import java.util.List;
import java.util.Set;

/**
 * What evaluating a top-level Makefile gave: every recipe line of every rule (all targets, not
 * only the default goal), the problems found, and every workspace file that was read (the Makefile
 * and its includes), so that an editor knows what to re-evaluate when one of them changes.
 */
public record MakeEvaluation(String makefile, List<MakeCommandLine> commands, List<MakeProblem> problems,
        Set<String> filesRead) {
}
