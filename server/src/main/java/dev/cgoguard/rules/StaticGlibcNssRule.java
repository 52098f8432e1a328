package dev.cgoguard.rules;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.gopkg.CgoPackage;
import dev.cgoguard.gopkg.ImportChain;
import dev.cgoguard.gopkg.NssCall;
import dev.cgoguard.plan.Answer;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.RunEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A binary linked statically against glibc while it does NSS lookups through cgo (net's
 * resolver, os/user, or NSS/dlopen calls in a cgo preamble). glibc still loads NSS modules as
 * shared objects at run time, from whatever glibc the run host has: the program segfaults in
 * threads (golang/go#13470, #30310, glibc bug 19341) or misbehaves on another glibc version.
 */
public final class StaticGlibcNssRule implements PlanRule {
    public static final RuleInfo INFO = new RuleInfo("static-glibc-nss", Severity.ERROR,
            "Static glibc link with cgo NSS lookups (net resolver, os/user): crashes or misbehaves at run time");
    static final String TAGS = "tags";
    static final String MUSL = "musl";
    static final String ALPINE = "alpine";
    static final String DYNAMIC = "dynamic";
    private static final List<FixAlternative> ALTERNATIVES = List.of(
            new FixAlternative(TAGS, "build with -tags netgo,osusergo (as the lookups need): Go's own resolver and user lookups"),
            new FixAlternative(MUSL, "link with musl through CC=musl-gcc (Debian's and Ubuntu's musl-tools)"),
            new FixAlternative(ALPINE, "build on the -alpine variant of the golang image, with build-base"),
            new FixAlternative(DYNAMIC, "remove -static and link glibc dynamically"));

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
        if (plan.staticLink().answer() == Answer.NO || plan.reach() == null || PlanFacts.buildsWithMusl(plan)
                || PlanFacts.targetsOtherThanLinux(plan)) {
            return;
        }
        if (plan.staticLink().answer() == Answer.UNKNOWN && !plan.invocation().ldflags().asksStatic()) {
            return;
        }
        if (plan.invocation().ldflags().asksStaticPie() && !"pie".equals(plan.invocation().buildMode())) {
            return; // the link fails before any binary exists (link-flag-conflict)
        }
        List<ImportChain> resolver = plan.cgoResolverChains();
        List<ImportChain> users = plan.cgoUserLookupChains();
        List<NssCall> calls = plan.reach().cgoPackages().stream().flatMap(p -> p.nssCalls().stream()).toList();
        if (resolver.isEmpty() && users.isEmpty() && calls.isEmpty()) {
            return;
        }
        Certainty certainty = Certainty.ofPackages(plan)
                .unknownIf(plan.staticLink().answer() == Answer.UNKNOWN, "whether it links statically",
                        "Whether it links statically is not certain: " + plan.staticLink().reason() + ".")
                .unknownIf(PlanFacts.buildLibcUnknown(plan), "the build host's libc",
                        "The build host's libc is not known; this assumes glibc.");
        findings.add(new Finding(INFO.id(), certainty.severity(runsWhereLinked(plan) ? Severity.INFO : INFO.defaultSeverity()),
                plan.origin().location(), message(plan, certainty, resolver, users, calls), related(plan, resolver, users, calls),
                fixes(plan, context, resolver, users, calls)));
    }

    /**
     * A test binary of {@code go test} is run once, on the host that linked it, and never shipped: its
     * glibc is the one linked in, so the version skew cannot happen; the NSS modules are still loaded
     * into a static binary. Reported at info: the binaries shipped are the ones that crash.
     */
    private static boolean runsWhereLinked(BuildPlan plan) {
        return plan.invocation().subcommand().equals("test");
    }

    private static String message(BuildPlan plan, Certainty certainty, List<ImportChain> resolver, List<ImportChain> users,
            List<NssCall> calls) {
        List<String> lookups = new ArrayList<>();
        if (!resolver.isEmpty()) {
            lookups.add("net's cgo DNS resolver (getaddrinfo), reached through " + PlanFacts.importers(resolver));
        }
        if (!users.isEmpty()) {
            lookups.add("os/user's cgo lookups (getpwuid_r, getgrouplist, …), reached through " + PlanFacts.importers(users));
        }
        if (!calls.isEmpty()) {
            lookups.add("C code calling " + String.join(", ", calls.stream().map(NssCall::function).distinct().toList()));
        }
        StringBuilder text = new StringBuilder();
        text.append("this go ").append(plan.invocation().subcommand()).append(" links glibc statically (")
                .append(plan.staticLink().reason()).append(") while the program uses ")
                .append(String.join("; ", lookups)).append(runsWhereLinked(plan)
                        ? ". The " + plan.invocation().subcommand() + " binary runs on the host that linked it, so its glibc"
                                + " version matches; a static glibc still loads the host's NSS modules into it (golang/go#13470)."
                        : ". A static glibc still loads NSS modules from the run host's glibc: the binary can segfault in threads"
                                + " (golang/go#13470, glibc bug 19341) or fail where the glibc version differs.");
        String fix = resolver.isEmpty() && users.isEmpty()
                ? "Fix: link with musl (CC=musl-gcc) or link glibc dynamically, or do the lookups in Go instead of C."
                : "Fix: build with -tags " + PlanFacts.neededTags(resolver, users)
                        + (calls.isEmpty() ? "" : " and move the C code's lookups to Go") + ", or link with musl, or link glibc dynamically.";
        return certainty.message(text.toString(), fix);
    }

    /**
     * The three remedies, in order of preference (the first offered is preferred): the tags that
     * replace the cgo lookups with Go's own (not when C code does the lookups, which no tag changes);
     * musl, through {@code CC=musl-gcc} or an Alpine build stage, which keeps the binary static (not
     * when the same command also builds a dynamic binary under another condition); and
     * glibc linked dynamically, when the binary's run image (if known) has a glibc at least as new.
     */
    private static List<Fix> fixes(BuildPlan plan, RuleContext context, List<ImportChain> resolver, List<ImportChain> users,
            List<NssCall> calls) {
        GoBuildEdits build = GoBuildEdits.of(plan, context);
        List<Fix> fixes = new ArrayList<>();
        if ((!resolver.isEmpty() || !users.isEmpty()) && calls.isEmpty()) {
            List<String> tags = List.of(PlanFacts.neededTags(resolver, users).split(","));
            build.addTags(tags).ifPresent(edit -> fixes.add(new Fix("Build with -tags " + String.join(",", tags)
                    + " (Go's own resolver and user lookups)", fixes.isEmpty(), List.of(edit), TAGS)));
        }
        if (!MuslBuild.alsoBuiltDynamically(plan, context)) {
            MuslBuild.muslGcc(plan, context, build).ifPresent(musl -> fixes.add(new Fix(musl.title(), fixes.isEmpty(), musl.edits(), MUSL)));
            MuslBuild.alpineStage(plan, context.snippets(), context.knowledge())
                    .ifPresent(alpine -> fixes.add(new Fix(alpine.title(), fixes.isEmpty(), alpine.edits(), ALPINE)));
        }
        dynamicGlibc(plan).flatMap(title -> build.removeStaticLinkRequest().map(edits -> new Fix(title, fixes.isEmpty(), edits, DYNAMIC)))
                .ifPresent(fixes::add);
        return fixes;
    }

    /**
     * The title of the fix that links glibc dynamically, or empty when the binary would then not start
     * where it runs: an image without glibc (runtime-libc-mismatch) or with an older one
     * (glibc-version-skew). Where the run image is not known the title says what it must have.
     */
    private static Optional<String> dynamicGlibc(BuildPlan plan) {
        String built = ImageChoices.buildGlibc(plan);
        String needs = built == null ? "a glibc at least as new as the build's" : "glibc " + built + " or newer";
        RunEnvironment run = plan.runEnvironment();
        String title = "Link glibc dynamically: remove -static";
        if (run == null || run.facts() == null) {
            return Optional.of(title + " (the binary then needs " + needs + " where it runs)");
        }
        String libc = run.facts().libc();
        if (!run.facts().known() || libc == null) {
            return Optional.of(title + " (the binary then needs " + needs + "; the libc of " + run.description() + " is not known)");
        }
        if (!libc.equals("glibc")) {
            return Optional.empty();
        }
        String runs = run.facts().libcVersion();
        if (built != null && runs != null) {
            return ImageChoices.compareVersions(runs, built) >= 0
                    ? Optional.of(title + " (" + run.description() + " has glibc " + runs + ", as the binary needs)")
                    : Optional.empty();
        }
        return Optional.of(title + " (the binary then needs " + needs + "; " + run.description() + " has glibc"
                + (runs == null ? " of a version not known" : " " + runs) + ")");
    }

    /** The chains with an import line in the workspace to point at (a package built from outside it has none). */
    private static List<ImportChain> located(List<ImportChain> chains) {
        return chains.stream().filter(ImportChain::startsInWorkspace).toList();
    }

    private static List<RelatedLocation> related(BuildPlan plan, List<ImportChain> resolver, List<ImportChain> users,
            List<NssCall> calls) {
        List<RelatedLocation> related = new ArrayList<>();
        for (ImportChain chain : located(resolver)) {
            related.add(new RelatedLocation(chain.lastWorkspaceImport().location(),
                    "imports " + chain.lastWorkspaceImport().path() + PlanFacts.via(chain) + ": the cgo resolver calls getaddrinfo"));
        }
        for (ImportChain chain : located(users)) {
            related.add(new RelatedLocation(chain.lastWorkspaceImport().location(),
                    "imports " + chain.lastWorkspaceImport().path() + PlanFacts.via(chain) + ": cgo user and group lookups through NSS"));
        }
        for (NssCall call : calls) {
            related.add(new RelatedLocation(call.location(), "calls " + call.function() + ", which needs NSS or dlopen at run time"));
        }
        if (plan.externalLink().isYes()) {
            for (CgoPackage pkg : plan.reach().cgoPackages()) {
                related.add(new RelatedLocation(pkg.importC(), "import \"C\" in " + pkg.importPath() + " makes the go command link externally"));
                pkg.staticLdflagLocations().forEach(loc -> related.add(new RelatedLocation(loc, "#cgo LDFLAGS asks for a static link")));
            }
        }
        return related;
    }
}
