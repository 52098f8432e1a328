package dev.cgoguard.rules;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.GoVersion;
import dev.cgoguard.rules.fixes.CommandText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code -a} and {@code -installsuffix}: since Go 1.10 the build cache and content-based
 * staleness make them pointless (RN go1.10); {@code -a} only rebuilds everything, every time.
 */
public final class ObsoleteBuildFlagRule implements PlanRule {
    public static final RuleInfo INFO = new RuleInfo("obsolete-build-flag", Severity.INFO,
            "-a / -installsuffix: obsolete since Go 1.10's build cache; they only slow the build");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(BuildPlan plan, RuleContext context, List<Finding> findings) {
        GoInvocation invocation = plan.invocation();
        if (!invocation.forceRebuild() && invocation.installSuffix() == null) {
            return;
        }
        Optional<GoVersion> version = plan.goVersion();
        if (version.isPresent() && !version.get().atLeast(1, 10)) {
            return;
        }
        findings.add(new Finding(INFO.id(), INFO.defaultSeverity(), plan.origin().location(), message(plan, version),
                List.of(), fixes(plan, context.snippets())));
    }

    private static String message(BuildPlan plan, Optional<GoVersion> version) {
        GoInvocation invocation = plan.invocation();
        List<String> flags = new ArrayList<>();
        if (invocation.forceRebuild()) {
            flags.add("-a");
        }
        if (invocation.installSuffix() != null) {
            flags.add("-installsuffix " + invocation.installSuffix());
        }
        return String.join(" and ", flags) + (flags.size() > 1 ? " are" : " is") + " obsolete: since Go 1.10 the build cache "
                + "tells packages apart by their content and build settings (CGO_ENABLED, tags, flags), so a cgo and a "
                + "non-cgo build never mix up their packages. "
                + (invocation.forceRebuild() ? "-a only forces every package, the standard library included, to be rebuilt on "
                        + "every build. " : "")
                + version.map(v -> "Go " + v + " from " + BuildFacts.goVersionSource(plan) + ". ")
                        .orElse("The Go version is not known; this assumes Go 1.10 or later. ")
                + "Fix: remove " + (flags.size() > 1 ? "them." : "it.");
    }

    /** One fix removing every obsolete flag, offered only when all of them are written in the command. */
    private static List<Fix> fixes(BuildPlan plan, SourceSnippets snippets) {
        Optional<CommandText> command = snippets.command(plan.origin().location());
        if (command.isEmpty()) {
            return List.of();
        }
        List<FileEdit> edits = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        if (plan.invocation().forceRebuild()) {
            List<FileEdit> a = command.get().removeFlag("-a", false);
            if (a.isEmpty()) {
                return List.of();
            }
            edits.addAll(a);
            removed.add("-a");
        }
        if (plan.invocation().installSuffix() != null) {
            List<FileEdit> suffix = command.get().removeFlag("-installsuffix", true);
            if (suffix.isEmpty()) {
                return List.of();
            }
            edits.addAll(suffix);
            removed.add("-installsuffix");
        }
        return List.of(new Fix("Remove " + String.join(" and ", removed), true, edits));
    }
}
