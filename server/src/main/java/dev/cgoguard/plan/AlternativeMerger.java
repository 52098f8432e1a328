package dev.cgoguard.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Make conditionals and shell branches give one go command several alternative plans. When every
 * alternative of a command resolves to the same build (same decisions, flags that matter, packages
 * and environments), the condition does not matter: they become one unconditional plan.
 */
final class AlternativeMerger {
    private AlternativeMerger() {
    }

    static List<BuildPlan> merge(List<BuildPlan> plans) {
        Map<Object, List<BuildPlan>> byLocation = new LinkedHashMap<>();
        for (BuildPlan plan : plans) {
            byLocation.computeIfAbsent(plan.origin().location(), k -> new ArrayList<>()).add(plan);
        }
        List<BuildPlan> merged = new ArrayList<>();
        for (List<BuildPlan> alternatives : byLocation.values()) {
            boolean conditional = alternatives.stream().allMatch(p -> !p.conditions().isEmpty());
            boolean same = alternatives.stream().map(AlternativeMerger::fingerprint).distinct().count() == 1;
            if (alternatives.size() > 1 && conditional && same) {
                BuildPlan first = alternatives.get(0);
                merged.add(new BuildPlan(first.origin(), List.of(), first.workingDirectory(), first.invocation(), first.cgo(),
                        first.externalLink(), first.staticLink(), first.reach(), first.buildEnvironment(), first.runEnvironment(),
                        first.host()));
            } else {
                merged.addAll(alternatives);
            }
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
