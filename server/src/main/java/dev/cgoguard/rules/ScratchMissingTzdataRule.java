package dev.cgoguard.rules;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.gopkg.GoCallSite;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.GoVersion;
import dev.cgoguard.plan.RunEnvironment;
import dev.cgoguard.rules.fixes.CommandText;
import java.util.ArrayList;
import java.util.List;

/**
 * Zone lookups ({@code time.LoadLocation}, or {@code TZ} set in the run stage) in a run image
 * without zone data, by a binary that does not embed {@code time/tzdata}: LoadLocation fails with
 * {@code unknown time zone Europe/Paris}, and a TZ the image cannot resolve leaves local time in UTC.
 */
public final class ScratchMissingTzdataRule implements PlanRule {
    public static final RuleInfo INFO = new RuleInfo("scratch-missing-tzdata", Severity.WARNING,
            "Time zone lookups in a run image without zone data and without embedded time/tzdata");

    static final String TAGS = "tags";
    private static final List<FixAlternative> ALTERNATIVES = List.of(
            new FixAlternative(TAGS, "build with -tags timetzdata, which embeds the zone data"),
            new FixAlternative(RunStageCopy.COPY, "copy /usr/share/zoneinfo from the build stage into the run image"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<FixAlternative> fixAlternatives() {
        return ALTERNATIVES;
    }

    @Override
    public void check(BuildPlan plan, RuleContext context, List<Finding> findings) {
        RunEnvironment run = plan.runEnvironment();
        if (run == null || run.facts() == null || !Boolean.FALSE.equals(run.facts().tzdata()) || plan.reach() == null
                || plan.reach().embedsTzdata()) {
            return;
        }
        List<GoCallSite> loads = plan.reach().zoneLoads();
        String tz = run.timeZone();
        boolean zoneFromEnv = tz != null && !tz.isBlank() && !tz.equals("UTC") && !tz.startsWith("/") && !tz.startsWith(":/");
        if (!loads.isEmpty() || zoneFromEnv) {
            findings.add(finding(plan, run, loads, zoneFromEnv ? tz : null, context.snippets()));
        }
    }

    private static Finding finding(BuildPlan plan, RunEnvironment run, List<GoCallSite> loads, String tz,
            SourceSnippets snippets) {
        StringBuilder text = new StringBuilder();
        List<String> uses = new ArrayList<>();
        if (!loads.isEmpty()) {
            uses.add("loads time zones (" + CallSites.describe(loads) + ")");
        }
        if (tz != null) {
            uses.add("runs with TZ=" + tz + " set in the run stage");
        }
        text.append("the program ").append(String.join(" and ", uses)).append(", but it runs in ").append(run.description())
                .append(", which has no zone data in /usr/share/zoneinfo, and the binary does not embed time/tzdata. ");
        if (!loads.isEmpty()) {
            text.append("time.LoadLocation fails with `unknown time zone Europe/Paris` (for any zone other than UTC)");
        }
        if (tz != null) {
            text.append(loads.isEmpty() ? "" : "; ").append("time.Local silently falls back to UTC");
        }
        text.append('.');
        Certainty certainty = Certainty.ofPackages(plan);
        List<RelatedLocation> related = new ArrayList<>();
        if (run.fromLocation() != null) {
            related.add(new RelatedLocation(run.fromLocation(), "the binary runs here: " + run.description() + " has no zone data"));
        }
        related.addAll(CallSites.related(loads, "reads zone data at run time"));
        return new Finding(INFO.id(), certainty.severity(INFO.defaultSeverity()), plan.origin().location(),
                certainty.message(text.toString(), "Fix: build with -tags timetzdata (or import _ \"time/tzdata\"), or copy"
                        + " /usr/share/zoneinfo from the build stage."), related, fixes(plan, snippets));
    }

    private static List<Fix> fixes(BuildPlan plan, SourceSnippets snippets) {
        List<Fix> fixes = new ArrayList<>();
        boolean tagKnown = GoVersion.parse(plan.buildEnvironment() == null ? null : plan.buildEnvironment().goVersion())
                .map(v -> v.atLeast(1, 15)).orElse(true);
        if (tagKnown && !plan.invocation().isUnknown("-tags")) {
            snippets.command(plan.origin().location())
                    .flatMap(command -> command.addTags(plan.invocation().tags(), List.of("timetzdata")))
                    .ifPresent(edit -> fixes.add(new Fix("Build with -tags timetzdata (embeds the zone data, about 450 KB)",
                            true, List.of(edit), TAGS)));
        }
        RunStageCopy.fix(plan, snippets, "/usr/share/zoneinfo", "/usr/share/zoneinfo", ImageFacts::tzdata,
                "Copy /usr/share/zoneinfo from the build stage into the run image", fixes.isEmpty()).ifPresent(fixes::add);
        return fixes;
    }
}
