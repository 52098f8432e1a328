package dev.cgoguard.plan;

import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.gopkg.PackageReach;
import java.util.List;

/**
 * Everything known about one go command: where it comes from, the conditions under which it runs,
 * its resolved flags and environment, the three linking decisions with their reasons, what its
 * packages reach, and where it is built and run (null when not known). Rules read plans only.
 */
public record BuildPlan(PlanOrigin origin, List<String> conditions, String workingDirectory, GoInvocation invocation,
        Decision cgo, Decision externalLink, Decision staticLink, PackageReach reach,
        BuildEnvironment buildEnvironment, RunEnvironment runEnvironment) {

    /** "when STATIC=1 and …", or empty when the command runs unconditionally. */
    public String conditionText() {
        return conditions.isEmpty() ? "" : "when " + String.join(" and ", conditions);
    }
}
