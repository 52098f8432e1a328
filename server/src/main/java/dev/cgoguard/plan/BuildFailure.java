package dev.cgoguard.plan;

import dev.cgoguard.gopkg.CgoRequiredPackage;
import java.util.Optional;

/**
 * Why a go command cannot build or link at all, when the text makes that certain: {@code brief} for
 * an inlay hint, {@code reason} for an explanation.
 */
public record BuildFailure(String brief, String reason) {

    /** The failure of a plan's build, if it fails: the cases the go command or the linker stops on whatever the code does. */
    public static Optional<BuildFailure> of(BuildPlan plan) {
        if (plan.producesNoBinary()) {
            String version = plan.goVersion().map(v -> "Go " + v).orElse("Go 1.22 or newer (the version is not known)");
            return Optional.of(new BuildFailure("-linkmode=external needs cgo", "-linkmode=external with cgo off ("
                    + plan.cgo().reason() + ") does not link on " + version));
        }
        if (plan.cgo().isNo() && plan.reach() != null) {
            for (CgoRequiredPackage pkg : plan.reach().cgoRequiredPackages()) {
                if (!pkg.buildableWithoutCgo()) {
                    return Optional.of(new BuildFailure(pkg.importPath() + " needs cgo", "cgo is off (" + plan.cgo().reason()
                            + "), but " + pkg.importPath() + " needs cgo (import \"C\") and has no file left to build without it"));
                }
            }
        }
        if (plan.cgo().isNo() && (plan.invocation().race() || plan.invocation().msan() || plan.invocation().asan())
                && "linux".equals(plan.target().goos())) {
            return Optional.of(new BuildFailure("-race needs cgo", "-race/-msan/-asan with cgo off (" + plan.cgo().reason()
                    + "): the go command stops, as they need cgo on Linux"));
        }
        return Optional.empty();
    }
}
