package dev.cgoguard.rules;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.plan.Answer;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.GoVersion;
import dev.cgoguard.rules.fixes.CommandText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Flag combinations the go command or the linker rejects: {@code -static-pie} without
 * {@code -buildmode=pie}, {@code -linkmode=external} with cgo off (Go 1.22+), the {@code netgo}
 * and {@code netcgo} tags together (Go 1.21+), {@code -race} with cgo off.
 */
public final class LinkFlagConflictRule implements PlanRule {
    public static final RuleInfo INFO = new RuleInfo("link-flag-conflict", Severity.ERROR,
            "Build or link flags that contradict each other: the build or the link fails");
    static final String BUILDMODE_PIE = "buildmode-pie";
    static final String STATIC = "static";
    static final String REMOVE_LINKMODE = "remove-linkmode";
    static final String CGO_ON = "cgo-on";
    static final String REMOVE_NETCGO = "remove-netcgo";
    static final String REMOVE_NETGO = "remove-netgo";
    private static final List<FixAlternative> ALTERNATIVES = List.of(
            new FixAlternative(BUILDMODE_PIE, "-static-pie: add -buildmode=pie for a static PIE"),
            new FixAlternative(STATIC, "-static-pie: use -extldflags -static for a static binary that is not a PIE"),
            new FixAlternative(REMOVE_LINKMODE, "-linkmode=external with cgo off: remove -linkmode=external"),
            new FixAlternative(CGO_ON, "-linkmode=external or -race with cgo off: set CGO_ENABLED=1"),
            new FixAlternative(REMOVE_NETCGO, "netgo and netcgo: remove netcgo, keeping Go's own resolver"),
            new FixAlternative(REMOVE_NETGO, "netgo and netcgo: remove netgo, keeping the cgo resolver"));

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
        // the command's text is read only for a finding's fix: most plans have none
        Supplier<Optional<CommandText>> command = () -> context.snippets().command(plan.origin().location());
        staticPieWithoutPie(plan, command).ifPresent(findings::add);
        externalLinkWithoutCgo(plan, context, command).ifPresent(findings::add);
        netgoWithNetcgo(plan, command).ifPresent(findings::add);
        raceWithoutCgo(plan, context).ifPresent(findings::add);
    }

    private static Optional<Finding> staticPieWithoutPie(BuildPlan plan, Supplier<Optional<CommandText>> command) {
        GoInvocation invocation = plan.invocation();
        if (!invocation.ldflags().asksStaticPie() || "pie".equals(invocation.buildMode()) || plan.externalLink().isNo()) {
            return Optional.empty();
        }
        Certainty certainty = Certainty.of(plan).unknownIf(!plan.externalLink().isYes(), "whether the external linker runs",
                "Whether the external linker runs is not certain: " + plan.externalLink().reason() + ".");
        String text = certainty.message("-extldflags -static-pie without -buildmode=pie: the external linker ("
                + plan.externalLink().reason() + ") is asked for a static PIE of code that was not compiled as position-independent,"
                + " and the link fails with \"ld: read-only segment has dynamic relocations\".",
                "Fix: add -buildmode=pie, or use -extldflags -static for a static non-PIE binary.");
        List<Fix> fixes = new ArrayList<>();
        if (invocation.buildMode() == null) {
            command.get().ifPresent(c -> fixes.add(new Fix("Add -buildmode=pie (a static PIE)", true,
                    List.of(c.addFlag("-buildmode=pie")), BUILDMODE_PIE)));
        }
        command.get().flatMap(CommandText::ldflags).flatMap(flags -> flags.replaceExternalLinkerWord("-static-pie", "-static"))
                .ifPresent(edits -> fixes.add(new Fix("Use -extldflags -static (a static binary that is not a PIE)", fixes.isEmpty(),
                        edits, STATIC)));
        return Optional.of(finding(plan, certainty, text, fixes));
    }

    private static Optional<Finding> externalLinkWithoutCgo(BuildPlan plan, RuleContext context,
            Supplier<Optional<CommandText>> command) {
        if (!"external".equals(plan.invocation().ldflags().linkMode()) || !plan.cgo().isNo()) {
            return Optional.empty();
        }
        Optional<GoVersion> version = plan.goVersion();
        if (version.isPresent() && !version.get().atLeast(1, 22)) {
            return Optional.empty();
        }
        Certainty certainty = Certainty.of(plan).unknownIf(version.isEmpty(), "the Go version",
                "The Go version is not known; this assumes Go 1.22 or later.");
        String text = certainty.message("-linkmode=external with cgo off (" + plan.cgo().reason() + "): since Go 1.22 the build"
                + " fails with \"-linkmode requires external (cgo) linking, but cgo is not enabled\"."
                + version.map(v -> " Go " + v + " from " + BuildFacts.goVersionSource(plan) + ".").orElse(""),
                "Fix: drop -linkmode=external (with cgo off the Go linker already makes a static binary with no libc), "
                + "or turn cgo on.");
        List<Fix> fixes = new ArrayList<>();
        command.get().flatMap(CommandText::ldflags)
                .flatMap(ldflags -> ldflags.removeFlag("linkmode", "external"::equals))
                .ifPresent(edits -> fixes.add(new Fix("Remove -linkmode=external (cgo is off: the binary is static already)",
                        true, edits, REMOVE_LINKMODE)));
        if (!plan.cgoOffForWantOfCompiler() && glibcWhereItRuns(plan)) {
            CgoEnableFix.build(plan, context).map(fix -> new Fix(fix.title() + " (the external link then has C code to link)",
                    fixes.isEmpty(), fix.edits(), CGO_ON)).ifPresent(fixes::add);
        }
        return Optional.of(finding(plan, certainty, text, fixes));
    }

    /**
     * Whether a binary that cgo makes dynamic still starts where it runs: the run image is not known
     * (a Makefile, a script), or it has glibc at least as new as the build's.
     */
    private static boolean glibcWhereItRuns(BuildPlan plan) {
        var run = plan.runEnvironment();
        if (run == null) {
            return true;
        }
        if (run.facts() == null || !"glibc".equals(run.facts().libc())) {
            return false;
        }
        String built = ImageChoices.buildGlibc(plan);
        return built != null && run.facts().libcVersion() != null && ImageChoices.compareVersions(run.facts().libcVersion(), built) >= 0;
    }

    private static Optional<Finding> netgoWithNetcgo(BuildPlan plan, Supplier<Optional<CommandText>> command) {
        GoInvocation invocation = plan.invocation();
        if (!invocation.hasTag("netgo") || !invocation.hasTag("netcgo")) {
            return Optional.empty();
        }
        Optional<GoVersion> version = plan.goVersion();
        if (version.isPresent() && !version.get().atLeast(1, 21)) {
            return Optional.empty();
        }
        Certainty certainty = Certainty.of(plan).unknownIf(version.isEmpty(), "the Go version",
                "The Go version is not known; this assumes Go 1.21 or later.");
        String text = certainty.message("Both the netgo and netcgo build tags are set: since Go 1.21 package net does not compile "
                + "(\"Do not use both netgo and netcgo build tags.\")."
                + version.map(v -> " Go " + v + " from " + BuildFacts.goVersionSource(plan) + ".").orElse(""),
                "Fix: keep netgo (Go's own resolver) and drop netcgo, or the other way round.");
        List<Fix> fixes = new ArrayList<>();
        command.get().flatMap(c -> c.removeTags(List.of("netcgo")))
                .ifPresent(edits -> fixes.add(new Fix("Remove the netcgo tag (keep Go's own resolver)", true, edits, REMOVE_NETCGO)));
        command.get().flatMap(c -> c.removeTags(List.of("netgo")))
                .ifPresent(edits -> fixes.add(new Fix("Remove the netgo tag (keep the cgo resolver)", fixes.isEmpty(), edits,
                        REMOVE_NETGO)));
        return Optional.of(finding(plan, certainty, text, fixes));
    }

    private static Optional<Finding> raceWithoutCgo(BuildPlan plan, RuleContext context) {
        if (!plan.invocation().race() || !plan.cgo().isNo() || "darwin".equals(plan.target().goos())) {
            return Optional.empty();
        }
        String body = "-race with cgo off (" + plan.cgo().reason() + "): the race detector needs cgo on Linux, and the go command "
                + "stops with \"go: -race requires cgo; enable cgo by setting CGO_ENABLED=1\".";
        List<Fix> fixes = new ArrayList<>();
        String fix;
        if (plan.cgoOffForWantOfCompiler() || BuildFacts.compilerAbsent(plan)) {
            fix = "Fix: " + BuildFacts.installAdvice(plan) + ".";
        } else {
            CgoEnableFix.build(plan, context).map(enable -> new Fix(enable.title(), true, enable.edits(), CGO_ON)).ifPresent(fixes::add);
            fix = "Fix: set CGO_ENABLED=1" + (plan.crossCompile() == Answer.YES ? " and CC to a cross compiler" : "") + ".";
        }
        Certainty certainty = Certainty.of(plan);
        return Optional.of(finding(plan, certainty, certainty.message(body, fix), fixes));
    }

    private static Finding finding(BuildPlan plan, Certainty certainty, String message, List<Fix> fixes) {
        return new Finding(INFO.id(), certainty.severity(INFO.defaultSeverity()), plan.origin().location(), message, List.of(), fixes);
    }
}
