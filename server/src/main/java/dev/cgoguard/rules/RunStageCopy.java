package dev.cgoguard.rules;

import dev.cgoguard.finding.Fix;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.plan.RunEnvironment;
import dev.cgoguard.rules.fixes.DockerfileText;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fix that copies a file the run image lacks ({@code /etc/passwd}, the CA bundle, zone data)
 * from the stage the binary comes from: {@code COPY --from=<stage> <source> <destination>} right
 * after the run stage's {@code FROM}. Offered only when that stage is the build stage and its
 * facts say it has the file.
 */
final class RunStageCopy {
    private RunStageCopy() {
    }

    /** The name of this remedy, by which a setting chooses it. */
    static final String COPY = "copy";

    static Optional<Fix> fix(BuildPlan plan, SourceSnippets snippets, String source, String destination,
            Function<ImageFacts, Boolean> buildHas, String title, boolean preferred) {
        RunEnvironment run = plan.runEnvironment();
        if (plan.origin().kind() != PlanOrigin.Kind.DOCKERFILE || run == null || run.fromLocation() == null
                || run.copyLocation() == null || plan.buildEnvironment() == null
                || !Boolean.TRUE.equals(buildHas.apply(plan.buildEnvironment().facts()))) {
            return Optional.empty();
        }
        return snippets.text(run.copyLocation()).flatMap(DockerfileText::copyFrom)
                .filter(stage -> namesBuildStage(plan, stage))
                .map(stage -> new Fix(title, preferred, List.of(DockerfileText.insertAfter(run.fromLocation(),
                        "COPY --from=" + stage + " " + source + " " + destination)), COPY));
    }

    /** Whether {@code --from=<stage>} is the stage the go command builds in ({@code stage 0 "build" (golang:1.22)}). */
    private static boolean namesBuildStage(BuildPlan plan, String stage) {
        String description = plan.buildEnvironment().description();
        if (description == null) {
            return false;
        }
        return description.startsWith("stage " + stage + " ") || description.contains("\"" + stage.toLowerCase(java.util.Locale.ROOT) + "\"");
    }
}
