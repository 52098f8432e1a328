package dev.cgoguard.rules;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.plan.Answer;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.shell.ShellValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A cross-compile with cgo on and the host's own C compiler: gcc compiles runtime/cgo for the
 * wrong architecture ("unrecognized command-line option '-m64'", assembler errors, "cannot load
 * DWARF output"). CC must name a cross compiler for the target.
 */
public final class CrossCompileCgoNoCcRule implements PlanRule {
    public static final RuleInfo INFO = new RuleInfo("cross-compile-cgo-no-cc", Severity.ERROR,
            "Cross-compile with cgo on and no cross C compiler in CC: the host gcc cannot build for the target");
    private static final Set<String> NATIVE_COMPILERS = Set.of("gcc", "cc", "/usr/bin/gcc", "/usr/bin/cc");
    private static final Set<String> NEEDS_EXTERNAL = Set.of("c-archive", "c-shared", "plugin", "shared");

    static final String CGO_OFF = "cgo-off";
    static final String CROSS_CC = "cross-cc";
    private static final List<FixAlternative> ALTERNATIVES = List.of(
            new FixAlternative(CGO_OFF, "build with CGO_ENABLED=0 when nothing built needs cgo"),
            new FixAlternative(CROSS_CC, "set CC to the target's cross compiler (Debian's name, when it is certain)"));

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
        if (!plan.cgo().isYes()) {
            return;
        }
        Answer cross = plan.crossCompile();
        boolean forTargetPlatform = cross == Answer.UNKNOWN && fromTargetPlatform(plan.invocation());
        if (cross != Answer.YES && !forTargetPlatform) {
            return;
        }
        ShellValue cc = plan.invocation().envValue("CC");
        if (cc != null && !(cc.known() && NATIVE_COMPILERS.contains(cc.text().trim()))) {
            return;
        }
        Answer compiles = plan.runsCCompiler();
        if (compiles == Answer.NO) {
            return; // with cgo on but nothing that uses it, the go command never runs CC
        }
        Certainty certainty = Certainty.ofPackages(plan)
                .unknownIf(compiles == Answer.UNKNOWN, "whether anything built uses cgo",
                        "Whether anything built uses cgo is not known (" + unread(plan) + "); only then does the C compiler run.")
                .unknownIf(forTargetPlatform, "the target platforms", "Whether it cross-compiles depends on the platforms built:"
                        + " it fails for every target other than the build platform.")
                .unknownIf(multilibPair(plan), "whether gcc-multilib is installed",
                        "gcc -m32 builds for linux/386 only when gcc-multilib is installed.");
        findings.add(new Finding(INFO.id(), certainty.severity(INFO.defaultSeverity()), plan.origin().location(),
                message(plan, certainty, cc, forTargetPlatform), List.of(), fixes(plan, context)));
    }

    private static String message(BuildPlan plan, Certainty certainty, ShellValue cc, boolean forTargetPlatform) {
        StringBuilder text = new StringBuilder();
        String target = forTargetPlatform ? "the target platform ($TARGETOS/$TARGETARCH)" : plan.target().toString();
        String host = forTargetPlatform ? "the build platform" : String.valueOf(plan.host());
        text.append("this go ").append(plan.invocation().subcommand()).append(" cross-compiles for ").append(target)
                .append(" on ").append(host).append(" with cgo on (").append(plan.cgo().reason()).append("), but ")
                .append(cc == null ? "CC is unset, so the host's gcc" : "CC=" + cc.text().trim() + " is the host's compiler, which")
                .append(" builds C code for ").append(host).append(" only. The build fails in runtime/cgo with errors such as "
                        + "\"gcc: error: unrecognized command-line option '-m64'\", assembler errors, or \"cgo: cannot load DWARF output\".");
        return certainty.message(text.toString(), "Fix: set CC to a C cross compiler for the target ("
                + BuildFacts.crossCompilerExample(plan) + ")"
                + (nothingNeedsCgo(plan) ? ", or build with CGO_ENABLED=0: nothing built needs cgo." : "."));
    }

    private static List<Fix> fixes(BuildPlan plan, RuleContext context) {
        GoBuildEdits build = GoBuildEdits.of(plan, context);
        List<Fix> fixes = new ArrayList<>();
        boolean cgoOff = nothingNeedsCgo(plan) && plan.crossCompile() == Answer.YES;
        if (cgoOff) {
            build.setEnvironment(Map.of("CGO_ENABLED", "0")).ifPresent(edits -> fixes.add(new Fix(
                    "Build with CGO_ENABLED=0 (nothing built needs cgo; a static pure-Go binary)", true, edits, CGO_OFF)));
        }
        BuildFacts.crossCompiler(plan).flatMap(compiler -> build.setEnvironment(Map.of("CC", compiler)).map(edits -> new Fix(
                "Set CC=" + compiler + " (the " + plan.target() + " cross compiler; install it first)", fixes.isEmpty(), edits, CROSS_CC)))
                .ifPresent(fixes::add);
        return fixes;
    }

    private static String unread(BuildPlan plan) {
        if (plan.reach() == null) {
            return "the packages built are not known";
        }
        int n = plan.reach().unknownImports().size();
        return n == 0 ? "the link mode is not known" : n + " imported package" + (n == 1 ? " is" : "s are") + " not in the workspace";
    }

    /** No package built needs cgo, and no flag needs the external linker, so CGO_ENABLED=0 changes nothing else. */
    private static boolean nothingNeedsCgo(BuildPlan plan) {
        GoInvocation invocation = plan.invocation();
        return plan.reach() != null && plan.reach().cgoPackages().isEmpty() && plan.reach().cgoRequiredModules().isEmpty()
                && plan.reach().unknownImports().isEmpty() && !"external".equals(invocation.ldflags().linkMode())
                && !invocation.race() && !invocation.msan() && !invocation.asan()
                && (invocation.buildMode() == null || !NEEDS_EXTERNAL.contains(invocation.buildMode()));
    }

    /** amd64 host building for 386: gcc -m32 works where gcc-multilib is installed. */
    private static boolean multilibPair(BuildPlan plan) {
        return plan.host() != null && "amd64".equals(plan.host().goarch()) && "386".equals(plan.target().goarch())
                && plan.host().goos() != null && plan.host().goos().equals(plan.target().goos());
    }

    private static boolean fromTargetPlatform(GoInvocation invocation) {
        for (String name : new String[] {"GOOS", "GOARCH"}) {
            ShellValue value = invocation.envValue(name);
            if (value != null && !value.known() && value.source() != null && value.source().contains("TARGET")) {
                return true;
            }
        }
        return false;
    }
}
