package dev.cgoguard.plan;

import java.util.List;
import java.util.Set;

/**
 * The go commands found in one plan source, the places where its evaluation was incomplete, the
 * workspace scripts it runs (read with it), and the workspace files it copies into the image it
 * builds (a Dockerfile's).
 */
record SourceCommands(List<GoCommandSite> sites, List<EvaluationProblem> incomplete, Set<String> scriptsRead,
        List<ContextArtifact> artifacts) {
    SourceCommands {
        sites = List.copyOf(sites);
        incomplete = List.copyOf(incomplete);
        scriptsRead = Set.copyOf(scriptsRead);
        artifacts = List.copyOf(artifacts);
    }

    /** The go commands of a file that runs no script of the workspace and copies nothing into an image. */
    SourceCommands(List<GoCommandSite> sites, List<EvaluationProblem> incomplete) {
        this(sites, incomplete, Set.of(), List.of());
    }

    /** The go commands of a file that runs scripts of the workspace. */
    SourceCommands(List<GoCommandSite> sites, List<EvaluationProblem> incomplete, Set<String> scriptsRead) {
        this(sites, incomplete, scriptsRead, List.of());
    }
}
