package dev.cgoguard.rules;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.RelatedLocation;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.gopkg.CgoRequiredPackage;
import dev.cgoguard.gopkg.KnownModule;
import dev.cgoguard.plan.Answer;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.shell.ShellValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Code that needs cgo ({@code import "C"} in a package built, or a module known to need cgo)
 * in a build where cgo is off: explicitly, by a cross-compile's default, or because Go 1.20+ found
 * no C compiler. The build fails, a pure-Go fallback is compiled silently, or the program fails at
 * run time (go-sqlite3: "Binary was compiled with 'CGO_ENABLED=0', go-sqlite3 requires cgo to work").
 */
public final class CgoRequiredButDisabledRule implements PlanRule {
    public static final RuleInfo INFO = new RuleInfo("cgo-required-but-disabled", Severity.ERROR,
            "Code that needs cgo is built with cgo off: the build fails, a fallback is used, or it fails at run time",
            Severity.ERROR, "warning when a pure-Go fallback is built instead");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(BuildPlan plan, RuleContext context, List<Finding> findings) {
        if (!plan.cgo().isNo() || plan.reach() == null || plan.cgoOffForWantOfCompiler()) {
            return; // cgo off for want of a compiler is cgo-without-c-compiler's finding, with its install fix
        }
        List<KnownModule> modules = plan.reach().cgoRequiredModules();
        List<CgoRequiredPackage> packages = plan.reach().cgoRequiredPackages().stream()
                .filter(p -> modules.stream().noneMatch(m -> within(p.importPath(), m.modulePath()))).toList();
        if (packages.isEmpty() && modules.isEmpty()) {
            return;
        }
        boolean breaks = !modules.isEmpty() || packages.stream().anyMatch(p -> !p.buildableWithoutCgo());
        Certainty certainty = Certainty.ofPackages(plan).unknownIf(PlanFacts.silentFallbacksOnly(packages, modules),
                "whether the pure-Go fallback works", PlanFacts.SILENT_FALLBACK)
                .unknownIf(onlyThroughOtherModules(packages, modules), "whether the program needs it working",
                        "Whether the program needs it working is not known: only other modules' packages import it, and they"
                                + " may fall back when it fails.");
        List<Fix> fixes = offOnPurpose(plan) || crossCompileDefault(plan)
                ? CgoEnableFix.build(plan, context).map(List::of).orElse(List.of()) : List.of();
        findings.add(new Finding(INFO.id(), certainty.severity(breaks ? INFO.defaultSeverity() : Severity.WARNING),
                plan.origin().location(), message(plan, certainty, packages, modules, fixes), related(plan, packages, modules), fixes));
    }

    /**
     * True when what fails without cgo is only known modules that no package of the workspace imports
     * itself (and pure-Go fallbacks that say nothing of failing): a dependency that opens a SQLite
     * cache may fall back to memory when it cannot.
     */
    private static boolean onlyThroughOtherModules(List<CgoRequiredPackage> packages, List<KnownModule> modules) {
        return !modules.isEmpty() && modules.stream().noneMatch(KnownModule::importedByWorkspace)
                && packages.stream().allMatch(p -> p.buildableWithoutCgo() && p.failsWithoutCgo() == null);
    }

    private static String message(BuildPlan plan, Certainty certainty, List<CgoRequiredPackage> packages,
            List<KnownModule> modules, List<Fix> fixes) {
        StringBuilder text = new StringBuilder();
        text.append("cgo is off for this go ").append(plan.invocation().subcommand()).append(" (").append(plan.cgo().reason())
                .append("), but ");
        List<String> causes = new ArrayList<>();
        for (CgoRequiredPackage pkg : packages) {
            String where = pkg.importC() == null ? "" : " at " + pkg.importC().path() + ":" + (pkg.importC().range().start().line() + 1);
            causes.add(pkg.buildableWithoutCgo() && pkg.failsWithoutCgo() != null
                    ? pkg.importPath() + " uses cgo (import \"C\"" + where + "): with cgo off its pure-Go fallback is compiled"
                            + " instead, which says \"" + pkg.failsWithoutCgo().call() + "\""
                    : pkg.buildableWithoutCgo()
                    ? pkg.importPath() + " uses cgo (import \"C\"" + where + "): with cgo off its cgo files are left out and "
                            + "its pure-Go fallback files are compiled instead, silently"
                    : pkg.importPath() + " needs cgo (import \"C\"" + where + ") and has no file left without it: the build fails "
                            + (pkg.importPath().equals("command-line-arguments") ? "with \"no Go source files\""
                                    : "with \"build constraints exclude all Go files\""));
        }
        for (KnownModule module : modules) {
            causes.add(module.modulePath() + " needs cgo (" + module.fact() + ")"
                    + (module.modulePath().equals("github.com/mattn/go-sqlite3")
                            ? ": built without cgo it fails at run time with \"Binary was compiled with 'CGO_ENABLED=0', "
                                    + "go-sqlite3 requires cgo to work\""
                            : ": built without cgo it fails to build or to work"));
        }
        if (causes.size() > PlanFacts.NAMED_IN_MESSAGE) {
            int more = causes.size() - PlanFacts.NAMED_IN_MESSAGE;
            causes = new ArrayList<>(causes.subList(0, PlanFacts.NAMED_IN_MESSAGE));
            causes.add("and " + more + " more package" + (more == 1 ? "" : "s") + " with cgo files (in the related places)");
        }
        text.append(String.join("; ", causes)).append('.');
        String fix;
        if (plan.cgoOffForWantOfCompiler()) {
            fix = "Fix: " + BuildFacts.installAdvice(plan) + "; with gcc on PATH the go command turns cgo on again by itself.";
        } else if (crossCompileDefault(plan)) {
            fix = "A cross-compile needs cgo turned on explicitly: set CGO_ENABLED=1 and CC to a C cross compiler for "
                    + (plan.target().isUnknown() ? "each target platform" : plan.target().toString()) + " ("
                    + BuildFacts.crossCompilerExample(plan) + ").";
        } else if (fixes.isEmpty()) {
            fix = "Fix: " + BuildFacts.installAdvice(plan) + " and set CGO_ENABLED=1.";
        } else {
            String title = fixes.get(0).title();
            fix = "Fix: " + Character.toLowerCase(title.charAt(0)) + title.substring(1) + ".";
        }
        return certainty.message(text.toString(), fix);
    }

    private static List<RelatedLocation> related(BuildPlan plan, List<CgoRequiredPackage> packages, List<KnownModule> modules) {
        List<RelatedLocation> related = new ArrayList<>();
        for (CgoRequiredPackage pkg : packages) {
            if (pkg.failsWithoutCgo() != null) {
                related.add(new RelatedLocation(pkg.failsWithoutCgo().location(), "the fallback built without cgo says it does not work"));
            }
            if (pkg.importC() != null) {
                related.add(new RelatedLocation(pkg.importC(), "import \"C\" in " + pkg.importPath() + ": this file needs cgo"));
            }
        }
        for (KnownModule module : modules) {
            if (module.importedAt() != null) {
                related.add(new RelatedLocation(module.importedAt().location(), "imports " + module.importedAt().path()
                        + ", which needs cgo"));
            }
        }
        if (plan.cgoOffForWantOfCompiler() && plan.buildEnvironment() != null
                && plan.buildEnvironment().location() != null) {
            related.add(new RelatedLocation(plan.buildEnvironment().location(), plan.buildEnvironment().description()
                    + " has no C compiler, so cgo is off"));
        }
        return related;
    }

    /** CGO_ENABLED=0 is given. */
    private static boolean offOnPurpose(BuildPlan plan) {
        ShellValue value = plan.invocation().envValue("CGO_ENABLED");
        return value != null && value.known() && value.text().trim().equals("0");
    }

    private static boolean crossCompileDefault(BuildPlan plan) {
        return !offOnPurpose(plan) && plan.crossCompile() != Answer.NO;
    }

    private static boolean within(String importPath, String modulePath) {
        return importPath.equals(modulePath) || importPath.startsWith(modulePath + "/");
    }
}
