package dev.cgoguard.rules;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.gopkg.ImportChain;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.RunEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * User lookups ({@code os/user}) in a run image without {@code /etc/passwd} (scratch). Pure-Go
 * lookups read the file and fail with {@code open /etc/passwd: no such file or directory}; cgo
 * lookups find nothing ({@code user: unknown userid 0}).
 */
public final class ScratchMissingPasswdRule implements PlanRule {
    public static final RuleInfo INFO = new RuleInfo("scratch-missing-passwd", Severity.WARNING,
            "os/user lookups in a run image without /etc/passwd: lookups fail at run time");

    static final String DISTROLESS = "distroless";
    /** The image a static binary in scratch moves to: no libc, like scratch, and /etc/passwd (knowledge/base-images.md). */
    private static final String DISTROLESS_STATIC = "gcr.io/distroless/static-debian12";
    private static final List<FixAlternative> ALTERNATIVES = List.of(
            new FixAlternative(RunStageCopy.COPY, "copy /etc/passwd of the build stage into the run image"),
            new FixAlternative(DISTROLESS, "run a static binary in gcr.io/distroless/static-debian12 instead of scratch"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<FixAlternative> fixAlternatives() {
        return ALTERNATIVES;
    }

    /** scratch replaced by distroless/static, which has the users, for a binary that needs no libc. */
    private static Optional<FileEdit> distroless(BuildPlan plan, RunEnvironment run,
            SourceSnippets snippets) {
        if (!plan.staticLink().isYes() || !"scratch".equals(run.facts().reference())) {
            return Optional.empty();
        }
        return RuntimeLibcMismatchRule.replaceRunImage(run, DISTROLESS_STATIC, snippets);
    }

    @Override
    public void check(BuildPlan plan, RuleContext context, List<Finding> findings) {
        RunEnvironment run = plan.runEnvironment();
        if (run == null || run.facts() == null || !Boolean.FALSE.equals(run.facts().passwd()) || plan.reach() == null) {
            return;
        }
        // archive/tar ignores failed lookups (it leaves the names empty): only other ways to os/user count.
        List<ImportChain> chains = plan.reach().userLookup().stream()
                .filter(c -> !c.workspaceSteps().isEmpty() && !c.stdPath().contains("archive/tar")).toList();
        if (chains.isEmpty()) {
            return;
        }
        findings.add(finding(plan, run, chains, context.snippets()));
    }

    private static Finding finding(BuildPlan plan, RunEnvironment run, List<ImportChain> chains, SourceSnippets snippets) {
        StringBuilder text = new StringBuilder();
        boolean cgoLookups = !plan.cgoUserLookupChains().isEmpty();
        text.append("the program looks up users through os/user (reached through ").append(PlanFacts.importers(chains))
                .append("), but it runs in ").append(run.description()).append(", which has no /etc/passwd. ")
                .append(cgoLookups ? "The cgo lookups find no entry: user.Current and user.LookupId fail with `user: unknown userid 0`"
                        : "Go's own lookups fail with `open /etc/passwd: no such file or directory`, and user.Current"
                                + " falls back to $USER and $HOME or fails")
                .append('.');
        Certainty certainty = Certainty.ofPackages(plan);
        List<RelatedLocation> related = new ArrayList<>();
        if (run.fromLocation() != null) {
            related.add(new RelatedLocation(run.fromLocation(), "the binary runs here: " + run.description() + " has no /etc/passwd"));
        }
        for (ImportChain chain : chains) {
            related.add(new RelatedLocation(chain.lastWorkspaceImport().location(),
                    "imports " + chain.lastWorkspaceImport().path() + PlanFacts.via(chain) + ": user lookups"));
        }
        List<Fix> fixes = new ArrayList<>();
        RunStageCopy.fix(plan, snippets, "/etc/passwd", "/etc/passwd", ImageFacts::passwd,
                "Copy /etc/passwd from the build stage into the run image", true).ifPresent(fixes::add);
        distroless(plan, run, snippets).map(edit -> new Fix("Run in " + edit.newText() + " (no libc, but /etc/passwd with root,"
                + " nobody and nonroot)", fixes.isEmpty(), List.of(edit), DISTROLESS)).ifPresent(fixes::add);
        return new Finding(INFO.id(), certainty.severity(INFO.defaultSeverity()), plan.origin().location(),
                certainty.message(text.toString(), "Fix: copy /etc/passwd (and /etc/group) from the build stage, use a numeric"
                        + " USER and avoid name lookups, or run on distroless."), related, fixes);
    }
}
