package dev.cgoguard.rules;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.plan.BuildPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The remedies the rules about where a dynamic binary runs share, by the names a setting chooses
 * them with, and the one they all build the same way: {@code CGO_ENABLED=0}, when nothing built
 * needs cgo, which gives a static binary that needs no libc at all.
 */
final class ImageFixes {
    static final String CGO_OFF = "cgo-off";
    static final String RUN_IMAGE = "run-image";
    static final String ALPINE = "alpine";
    static final String OLDER_BUILD_IMAGE = "older-build-image";

    private ImageFixes() {
    }

    /**
     * {@code CGO_ENABLED=0} for the command (with the {@code -extldflags} it makes meaningless taken out),
     * when nothing built needs cgo and cgo off makes the binary static: no {@code -buildmode=pie}, no
     * {@code -linkmode=external}.
     */
    static Optional<List<FileEdit>> cgoOff(BuildPlan plan, DynamicLinkCauses causes, RuleContext context) {
        if (plan.reach() == null || causes.cgoNeeded() || !plan.reach().unknownImports().isEmpty()
                || "pie".equals(plan.invocation().buildMode()) || "external".equals(plan.invocation().ldflags().linkMode())) {
            return Optional.empty();
        }
        GoBuildEdits build = GoBuildEdits.of(plan, context);
        return build.setEnvironment(Map.of("CGO_ENABLED", "0")).map(edits -> {
            List<FileEdit> all = new ArrayList<>(edits);
            if (plan.invocation().ldflags().extldflagsGiven()) {
                build.removeExternalLinkerFlags().ifPresent(all::addAll);
            }
            return all;
        });
    }
}
