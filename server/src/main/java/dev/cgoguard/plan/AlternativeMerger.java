package dev.cgoguard.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Make conditionals and shell branches give one go command several alternative plans. Alternatives
 * that resolve to the same build (same decisions, flags that matter, packages and environments) are
 * one plan, which runs when any of their conditions holds: when together they cover every case, the
 * condition does not matter and the plan is unconditional.
 */
final class AlternativeMerger {
    private AlternativeMerger() {
    }

    static List<BuildPlan> merge(List<BuildPlan> plans) {
        Map<Object, Map<List<Object>, BuildPlan>> byLocation = new LinkedHashMap<>();
        for (BuildPlan plan : plans) {
            byLocation.computeIfAbsent(plan.origin().location(), k -> new LinkedHashMap<>())
                    .merge(fingerprint(plan), plan, (known, same) -> known.when(known.conditions().or(same.conditions())));
        }
        List<BuildPlan> merged = new ArrayList<>();
        for (Map<List<Object>, BuildPlan> alternatives : byLocation.values()) {
            merged.addAll(alternatives.values());
        }
        return merged;
    }

    /** What rules can tell apart in a plan: its decisions, the flags and environment that matter, and its packages. */
    private static List<Object> fingerprint(BuildPlan plan) {
        var invocation = plan.invocation();
        var ldflags = invocation.ldflags();
        return Arrays.asList(plan.cgo().answer(), plan.externalLink().answer(), plan.staticLink().answer(),
                invocation.tags() == null ? null : Set.copyOf(invocation.tags()), invocation.buildMode(),
                ldflags.linkMode(), Set.copyOf(ldflags.extldflags()), invocation.output(), invocation.packages(),
                invocation.race(), invocation.envValue("CGO_ENABLED"), invocation.envValue("CC"),
                invocation.envValue("GOOS"), invocation.envValue("GOARCH"), plan.workingDirectory(),
                plan.buildEnvironment(), plan.runEnvironment(), plan.host());
    }
}
