package dev.cgoguard.rules;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.gopkg.CgoRequiredPackage;
import dev.cgoguard.gopkg.KnownModule;
import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.plan.BuildEnvironment;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.GoVersion;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.rules.fixes.DockerfileText;
import dev.cgoguard.shell.ShellValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * cgo switched on, or needed, where the build environment has no C compiler ({@code golang:*-alpine}
 * without {@code gcc musl-dev}). With {@code CGO_ENABLED=1} Go 1.20+ stops with
 * {@code cgo: C compiler "gcc" not found}; without it Go 1.20+ silently turns cgo off, and the
 * packages that need cgo fail to build or fall back to stubs.
 */
public final class CgoWithoutCCompilerRule implements PlanRule {
    public static final RuleInfo INFO = new RuleInfo("cgo-without-c-compiler", Severity.ERROR,
            "cgo is on or needed in a build environment without a C compiler");
    private static final String NO_COMPILER = "cgo: C compiler \"gcc\" not found: exec: \"gcc\": executable file not found in $PATH";

    static final String INSTALL = "install";
    static final String CGO_OFF = "cgo-off";
    private static final List<FixAlternative> ALTERNATIVES = List.of(
            new FixAlternative(INSTALL, "install a C compiler and the libc headers in the build stage"),
            new FixAlternative(CGO_OFF, "drop CGO_ENABLED=1 for CGO_ENABLED=0 when nothing built needs cgo"));

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
        BuildEnvironment build = plan.buildEnvironment();
        if (build == null || build.facts() == null || !build.facts().known()
                || !Boolean.FALSE.equals(build.facts().cCompiler()) || plan.invocation().envValue("CC") != null) {
            return;
        }
        Optional<GoVersion> go = GoVersion.parse(build.goVersion());
        boolean modern = go.map(v -> v.atLeast(1, 20)).orElse(true);
        String version = go.map(v -> "Go " + v).orElse("Go 1.20 and newer");
        String problem = null;
        List<RelatedLocation> related = new ArrayList<>();
        ShellValue explicit = plan.invocation().envValue("CGO_ENABLED");
        boolean explicitOn = explicit != null && explicit.known() && explicit.text().trim().equals("1");
        if (explicitOn && (modern || plan.reach() != null && !plan.reach().cgoPackages().isEmpty())) {
            problem = "CGO_ENABLED=1, but " + build.description() + " has no C compiler: " + version
                    + " stops with `" + NO_COMPILER + "`.";
        } else if (!explicitOn && (plan.invocation().race() || plan.invocation().msan() || plan.invocation().asan()) && modern) {
            problem = "-race/-msan/-asan need cgo, but " + build.description() + " has no C compiler, so " + version
                    + " turns cgo off and stops with `go: -race requires cgo; enable cgo by setting CGO_ENABLED=1`.";
        } else if (explicit == null && plan.cgoOffForWantOfCompiler()
                && plan.reach() != null && modern) {
            List<String> needs = new ArrayList<>();
            for (CgoRequiredPackage pkg : plan.reach().cgoRequiredPackages()) {
                needs.add(pkg.importPath() + (!pkg.buildableWithoutCgo() ? " (no file left to build: `build constraints exclude all Go files`)"
                        : pkg.failsWithoutCgo() != null ? " (its fallback without cgo says \"" + pkg.failsWithoutCgo().call() + "\")"
                        : " (its cgo files are left out; its pure-Go files are built instead)"));
                related.add(new RelatedLocation(pkg.importC(), "import \"C\": this package needs cgo"));
            }
            for (KnownModule module : plan.reach().cgoRequiredModules()) {
                needs.add(module.modulePath() + " (" + module.fact() + ")");
                if (module.importedAt() != null) {
                    related.add(new RelatedLocation(module.importedAt().location(), "imports " + module.modulePath()));
                }
            }
            if (!needs.isEmpty()) {
                problem = "cgo is off because " + build.description() + " has no C compiler (" + plan.cgo().reason()
                        + "), yet the build needs cgo: " + String.join("; ", needs) + ".";
            }
        }
        if (problem == null) {
            return;
        }
        if (build.location() != null) {
            related.add(0, new RelatedLocation(build.location(), "the build runs here, without gcc"));
        }
        String install = installCommand(build.facts());
        boolean fallbackOnly = explicit == null && plan.cgoOffForWantOfCompiler() && plan.reach() != null
                && !plan.invocation().race() && !plan.invocation().msan() && !plan.invocation().asan()
                && PlanFacts.silentFallbacksOnly(plan.reach().cgoRequiredPackages(), plan.reach().cgoRequiredModules());
        Certainty certainty = Certainty.ofPackages(plan).unknownIf(fallbackOnly, "whether the pure-Go fallback works",
                PlanFacts.SILENT_FALLBACK);
        String text = certainty.message(problem, "Fix: install a C compiler and the libc headers in the build stage"
                + (install == null ? "" : " (" + install + ")") + ".");
        findings.add(new Finding(INFO.id(), certainty.severity(INFO.defaultSeverity()), plan.origin().location(), text, related,
                fixes(plan, install, explicitOn, context)));
    }

    private static List<Fix> fixes(BuildPlan plan, String install, boolean explicitOn, RuleContext context) {
        List<Fix> fixes = new ArrayList<>();
        var from = plan.buildEnvironment().location();
        if (install != null && from != null && plan.origin().kind() == PlanOrigin.Kind.DOCKERFILE
                && context.snippets().text(from).flatMap(DockerfileText::image).isPresent()) {
            fixes.add(new Fix("Install a C compiler in the build stage: " + install, true,
                    List.of(DockerfileText.insertAfter(from, install)), INSTALL));
        }
        if (explicitOn && nothingNeedsCgo(plan)) {
            GoBuildEdits.of(plan, context).setEnvironment(Map.of("CGO_ENABLED", "0")).ifPresent(edits -> fixes.add(
                    new Fix("Build with CGO_ENABLED=0 (nothing built needs cgo)", fixes.isEmpty(), edits, CGO_OFF)));
        }
        return fixes;
    }

    /** No package built has cgo code of its own or needs a module that does, and no flag needs cgo. */
    private static boolean nothingNeedsCgo(BuildPlan plan) {
        return plan.reach() != null && plan.reach().cgoPackages().isEmpty() && plan.reach().cgoRequiredModules().isEmpty()
                && plan.reach().unknownImports().isEmpty() && !plan.invocation().race() && !plan.invocation().msan()
                && !plan.invocation().asan() && !"external".equals(plan.invocation().ldflags().linkMode())
                && plan.invocation().buildMode() == null;
    }

    /** The install line for the stage's distribution, or null when it is not known. */
    private static String installCommand(ImageFacts facts) {
        String distro = facts.distro() == null ? "" : facts.distro();
        if (distro.startsWith("Alpine") || "musl".equals(facts.libc()) && distro.isEmpty()) {
            return "RUN apk add --no-cache gcc musl-dev";
        }
        if (distro.startsWith("Debian") || distro.startsWith("Ubuntu")) {
            return "RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*";
        }
        return null;
    }
}
