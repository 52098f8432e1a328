package dev.cgoguard.plan;

import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.gopkg.BuildContext;
import dev.cgoguard.gopkg.GoPackageGraph;
import dev.cgoguard.gopkg.PackageReach;
import dev.cgoguard.parallel.ComputedOnce;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Turns one go command, with where it was found and where it builds, into a {@link BuildPlan}. */
final class PlanFactory {
    /** The package graph, made by the first plan that needs it (meanwhile other files are evaluated). */
    private final Supplier<GoPackageGraph> graphSource;
    private volatile GoPackageGraph graph;
    /** Many go commands build the same packages the same way (a Makefile's targets): walk the graph once for each. */
    private final ComputedOnce<List<Object>, PackageReach> reaches = new ComputedOnce<>();

    PlanFactory(Supplier<GoPackageGraph> graph) {
        this.graphSource = graph;
    }

    private GoPackageGraph graph() {
        GoPackageGraph known = graph;
        if (known == null) {
            synchronized (this) {
                if (graph == null) {
                    graph = graphSource.get();
                }
                known = graph;
            }
        }
        return known;
    }

    BuildPlan create(GoCommandSite setting) {
        GoInvocation invocation = setting.invocation();
        String directory = WorkspacePaths.join(setting.workingDirectory(), invocation.directory());
        Optional<GoVersion> goVersion = goVersion(setting, directory);
        Boolean compiler = setting.buildEnvironment() == null || !setting.buildEnvironment().facts().known()
                ? null : setting.buildEnvironment().facts().cCompiler();
        Decision cgo = CgoDecider.decide(invocation, setting.host(), compiler, goVersion);
        PackageReach reach = reach(invocation, setting.host(), directory, cgo, goVersion);
        Decision external = LinkDecider.external(invocation, cgo, reach);
        Decision staticBinary = LinkDecider.staticBinary(invocation, cgo, external, reach, goVersion,
                Platform.target(invocation, setting.host()).goos());
        return new BuildPlan(setting.origin(), setting.conditions(), directory, invocation, cgo, external, staticBinary,
                reach, setting.buildEnvironment(), setting.runEnvironment(), setting.host());
    }

    /** The workspace files a plan built in this directory reads. */
    Set<String> filesRead(BuildPlan plan) {
        if (directoryUnknown(plan.workingDirectory()) || plan.invocation().packagesUnknown()) {
            return Set.of();
        }
        BuildContext context = context(plan);
        List<String> packages = packages(plan.invocation());
        return graph().filesRead(plan.workingDirectory(), packages, context);
    }

    private Optional<GoVersion> goVersion(GoCommandSite setting, String directory) {
        if (setting.buildEnvironment() != null && setting.buildEnvironment().goVersion() != null) {
            return GoVersion.parse(setting.buildEnvironment().goVersion());
        }
        if (directoryUnknown(directory)) {
            return Optional.empty();
        }
        return graph().goVersion(directory).flatMap(GoVersion::parse);
    }

    private PackageReach reach(GoInvocation invocation, Platform host, String directory, Decision cgo,
            Optional<GoVersion> goVersion) {
        if (directoryUnknown(directory) || invocation.packagesUnknown()) {
            return null;
        }
        Platform target = Platform.target(invocation, host);
        BuildContext context = new BuildContext(target.goos() == null ? "linux" : target.goos(),
                target.goarch() == null ? "amd64" : target.goarch(), tags(invocation), !cgo.isNo(),
                goVersion.map(GoVersion::toString).orElse(null));
        List<String> packages = packages(invocation);
        return reaches.get(List.of(directory, packages, context), k -> graph().reach(directory, packages, context));
    }

    /** The context the plan's packages were walked under (so that its files read come from the same walk). */
    private BuildContext context(BuildPlan plan) {
        Platform target = Platform.target(plan.invocation(), plan.host());
        String goVersion = (plan.buildEnvironment() != null && plan.buildEnvironment().goVersion() != null
                ? GoVersion.parse(plan.buildEnvironment().goVersion())
                : graph().goVersion(plan.workingDirectory()).flatMap(GoVersion::parse)).map(GoVersion::toString).orElse(null);
        return new BuildContext(target.goos() == null ? "linux" : target.goos(),
                target.goarch() == null ? "amd64" : target.goarch(), tags(plan.invocation()), !plan.cgo().isNo(), goVersion);
    }

    private static Set<String> tags(GoInvocation invocation) {
        return invocation.tags() == null ? Set.of() : Set.copyOf(invocation.tags());
    }

    private static List<String> packages(GoInvocation invocation) {
        return invocation.packages().isEmpty() ? List.of(".") : invocation.packages();
    }

    /** Absolute paths (a Docker stage's /src) are outside the workspace: their packages are mapped by the Docker planner. */
    private static boolean directoryUnknown(String directory) {
        return directory == null || directory.startsWith("/");
    }
}
