package dev.cgoguard.plan;

import dev.cgoguard.make.MakeProblem;
import java.util.List;
import java.util.Set;

/**
 * The go commands found in one plan source, the places where its evaluation was incomplete, the
 * problems a Make evaluation found (empty for other kinds), the workspace files its evaluation
 * read besides the source itself (included Makefiles, sourced scripts, the workspace scripts it
 * runs, a bake target's Dockerfile), and the workspace files it copies into the image it builds (a
 * Dockerfile's).
 */
public record SourceCommands(List<GoCommandSite> sites, List<EvaluationProblem> incomplete, List<MakeProblem> makeProblems,
        Set<String> filesRead, List<ContextArtifact> artifacts) {
    public SourceCommands {
        sites = List.copyOf(sites);
        incomplete = List.copyOf(incomplete);
        makeProblems = List.copyOf(makeProblems);
        filesRead = Set.copyOf(filesRead);
        artifacts = List.copyOf(artifacts);
    }

    /** The go commands of a file that copies nothing into an image. */
    public SourceCommands(List<GoCommandSite> sites, List<EvaluationProblem> incomplete, List<MakeProblem> makeProblems,
            Set<String> filesRead) {
        this(sites, incomplete, makeProblems, filesRead, List.of());
    }

    public SourceCommands(List<GoCommandSite> sites, List<EvaluationProblem> incomplete) {
        this(sites, incomplete, List.of(), Set.of());
    }

    public static SourceCommands none() {
        return new SourceCommands(List.of(), List.of());
    }
}
