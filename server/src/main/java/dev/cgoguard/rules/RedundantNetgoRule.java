package dev.cgoguard.rules;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.rules.fixes.CommandText;
import java.util.List;

/**
 * {@code netgo}/{@code osusergo} on a Linux build with cgo off: net and os/user are pure Go there
 * already (net's cgo_stub.go builds on {@code unix && !cgo && !darwin}, os/user's lookup_stubs.go on
 * {@code !cgo || osusergo}), so the tags change nothing.
 */
public final class RedundantNetgoRule implements PlanRule {
    public static final RuleInfo INFO = new RuleInfo("redundant-netgo", Severity.HINT,
            "netgo/osusergo tags on a build with cgo off: net and os/user are pure Go already");
    private static final List<String> TAGS = List.of("netgo", "osusergo");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(BuildPlan plan, RuleContext context, List<Finding> findings) {
        List<String> redundant = TAGS.stream().filter(plan.invocation()::hasTag).toList();
        if (redundant.isEmpty() || !plan.cgo().isNo() || !"linux".equals(plan.target().goos())) {
            return;
        }
        String tags = String.join(" and ", redundant);
        String message = "The " + tags + " tag" + (redundant.size() > 1 ? "s change" : " changes") + " nothing here: cgo is off ("
                + plan.cgo().reason() + "), so net already uses Go's own resolver and os/user reads /etc/passwd and "
                + "/etc/group. Fix: remove " + (redundant.size() > 1 ? "them" : "it")
                + ", or keep " + (redundant.size() > 1 ? "them" : "it") + " on purpose for builds that turn cgo on.";
        List<Fix> fixes = context.snippets().command(plan.origin().location())
                .flatMap(command -> command.removeTags(redundant))
                .map(edits -> List.of(new Fix("Remove the " + tags + " tag" + (redundant.size() > 1 ? "s" : ""), true, edits)))
                .orElse(List.of());
        findings.add(new Finding(INFO.id(), INFO.defaultSeverity(), plan.origin().location(), message, List.of(), fixes));
    }
}
