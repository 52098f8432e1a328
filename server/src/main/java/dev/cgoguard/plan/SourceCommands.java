package dev.cgoguard.plan;

import dev.cgoguard.make.MakeProblem;
import java.util.List;
import java.util.Set;

/**
 * The go commands found in one plan source, the places where its evaluation was incomplete, the
 * problems a Make evaluation found (empty for other kinds), and the workspace files its evaluation
 * read besides the source itself (included Makefiles, sourced scripts, a bake target's Dockerfile).
 */
public record SourceCommands(List<GoCommandSite> sites, List<EvaluationProblem> incomplete, List<MakeProblem> makeProblems,
        Set<String> filesRead) {
    public SourceCommands {
        sites = List.copyOf(sites);
        incomplete = List.copyOf(incomplete);
        makeProblems = List.copyOf(makeProblems);
        filesRead = Set.copyOf(filesRead);
    }

    public SourceCommands(List<GoCommandSite> sites, List<EvaluationProblem> incomplete) {
        this(sites, incomplete, List.of(), Set.of());
    }

    public static SourceCommands none() {
        return new SourceCommands(List.of(), List.of());
    }
}
