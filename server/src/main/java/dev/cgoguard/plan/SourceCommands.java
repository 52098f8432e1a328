package dev.cgoguard.plan;

import java.util.List;

/** The go commands found in one plan source, and the places where its evaluation was incomplete. */
record SourceCommands(List<GoCommandSite> sites, List<EvaluationProblem> incomplete) {
    SourceCommands {
        sites = List.copyOf(sites);
        incomplete = List.copyOf(incomplete);
    }
}
