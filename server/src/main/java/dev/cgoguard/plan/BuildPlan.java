package dev.cgoguard.plan;

import dev.cgoguard.condition.When;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.gopkg.PackageReach;
import java.util.List;

/**
 * Everything known about one go command: where it comes from, the conditions under which it runs,
 * its resolved flags and environment, the three linking decisions with their reasons, what its
 * packages reach, where it is built and run (null when not known), and the platform it builds on
 * ({@code host}: a Docker stage's platform, a CI runner's, or the modelled host). Rules read plans only.
 */
public record BuildPlan(PlanOrigin origin, When conditions, String workingDirectory, GoInvocation invocation,
        Decision cgo, Decision externalLink, Decision staticLink, PackageReach reach,
        BuildEnvironment buildEnvironment, RunEnvironment runEnvironment, Platform host) {

    /** The platform built for: GOOS/GOARCH of the command, else the host's; unknown parts are null. */
    public Platform target() {
        return Platform.target(invocation, host);
    }

    /** Whether the command cross-compiles: its target differs from the platform it builds on. */
    public Answer crossCompile() {
        Platform target = target();
        if (target.isUnknown()) {
            return Answer.UNKNOWN;
        }
        return Answer.of(!target.equals(host.withoutAssumption()));
    }

    /** The Go toolchain version: the build image's or runner's, else the go.mod's toolchain/go line. */
    public java.util.Optional<GoVersion> goVersion() {
        if (buildEnvironment != null && buildEnvironment.goVersion() != null) {
            java.util.Optional<GoVersion> version = GoVersion.parse(buildEnvironment.goVersion());
            if (version.isPresent()) {
                return version;
            }
        }
        return reach == null ? java.util.Optional.empty() : GoVersion.parse(reach.goVersion());
    }

    /** True when cgo is off only because the build environment has no C compiler (Go 1.20+, CC unset). */
    public boolean cgoOffForWantOfCompiler() {
        return cgo.isNo() && cgo.reason().startsWith(CgoDecider.NO_COMPILER);
    }

    /** True when the flags cannot link at all, so nothing about the binary applies (see {@link LinkDecider#linkFails}). */
    public boolean producesNoBinary() {
        return LinkDecider.linkFails(invocation, cgo, goVersion());
    }

    /** The chains to net whose cgo resolver ends up in the binary: cgo on, no {@code netgo} tag, a target whose net has cgo code. */
    public java.util.List<dev.cgoguard.gopkg.ImportChain> cgoResolverChains() {
        if (reach == null || cgo.isNo() || invocation.hasTag("netgo") || !StdCgo.lookupsUseCgo(target().goos(), goVersion())) {
            return java.util.List.of();
        }
        return reach.resolver();
    }

    /** The chains to os/user whose cgo lookups end up in the binary: cgo on, no {@code osusergo} tag, a target whose os/user has cgo code. */
    public java.util.List<dev.cgoguard.gopkg.ImportChain> cgoUserLookupChains() {
        if (reach == null || cgo.isNo() || invocation.hasTag("osusergo") || !StdCgo.lookupsUseCgo(target().goos(), goVersion())) {
            return java.util.List.of();
        }
        return reach.userLookup();
    }

    /**
     * Whether the build runs the C compiler (CC): a package with {@code import "C"}, the standard
     * library's cgo lookups for the target, a sanitizer or the race detector, or the external
     * linker; unknown while imports are unresolved and nothing else decides it. A build with cgo on
     * that needs none of these never runs CC.
     */
    public Answer runsCCompiler() {
        if (cgo.isNo()) {
            return Answer.NO;
        }
        if (invocation.race() || invocation.msan() || invocation.asan() || externalLink.isYes()
                || reach != null && (!reach.cgoPackages().isEmpty() || !cgoResolverChains().isEmpty()
                        || !cgoUserLookupChains().isEmpty())) {
            return Answer.YES;
        }
        if (reach == null || !reach.unknownImports().isEmpty() || externalLink.answer() == Answer.UNKNOWN) {
            return Answer.UNKNOWN;
        }
        return Answer.NO;
    }

    /** "when STATIC=1 and inside a for loop", or empty when nothing needs saying (the command runs always, or in the modelled build without a condition of its own). */
    public String conditionText() {
        return conditions.text();
    }

    /** The same plan with the binary running in {@code run}. */
    public BuildPlan runningIn(RunEnvironment run) {
        return new BuildPlan(origin, conditions, workingDirectory, invocation, cgo, externalLink, staticLink, reach,
                buildEnvironment, run, host);
    }

    /** The same plan under other conditions. */
    public BuildPlan when(When other) {
        return new BuildPlan(origin, other, workingDirectory, invocation, cgo, externalLink, staticLink, reach,
                buildEnvironment, runEnvironment, host);
    }
}
