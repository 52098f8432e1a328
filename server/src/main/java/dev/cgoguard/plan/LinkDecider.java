package dev.cgoguard.plan;

import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.gopkg.CgoPackage;
import dev.cgoguard.gopkg.PackageReach;
import java.util.Set;

/**
 * Decides how a go command links, from the facts checked with the real toolchain
 * (knowledge/go-cgo-facts.md §4): the Go linker runs internally unless a package outside the
 * standard library uses cgo, {@code -linkmode=external} is given, or a build mode or sanitizer
 * needs the host linker; {@code -extldflags} reaches only the external linker.
 */
final class LinkDecider {
    private static final Set<String> EXTERNAL_BUILD_MODES = Set.of("c-archive", "c-shared", "plugin", "shared");

    private LinkDecider() {
    }

    static Decision external(GoInvocation invocation, Decision cgo, PackageReach reach) {
        String linkMode = invocation.ldflags().linkMode();
        if ("external".equals(linkMode)) {
            return Decision.yes("-linkmode=external");
        }
        if ("internal".equals(linkMode)) {
            return Decision.no("-linkmode=internal");
        }
        if (cgo.isNo()) {
            return Decision.no("cgo is off, so the Go linker links internally");
        }
        String buildMode = invocation.buildMode();
        if (buildMode != null && EXTERNAL_BUILD_MODES.contains(buildMode)) {
            return Decision.yes("-buildmode=" + buildMode + " needs the external linker");
        }
        if (invocation.msan() || invocation.asan()) {
            return Decision.yes((invocation.msan() ? "-msan" : "-asan") + " needs the external linker");
        }
        if (cgo.answer() == Answer.UNKNOWN) {
            return Decision.unknown("depends on whether cgo is on (" + cgo.reason() + ")");
        }
        if (reach == null) {
            return Decision.unknown("the packages built could not be resolved");
        }
        if (!reach.cgoPackages().isEmpty()) {
            CgoPackage first = reach.cgoPackages().get(0);
            return Decision.yes(first.importPath() + " uses cgo (import \"C\"), which makes the go command link externally");
        }
        if (!reach.unknownImports().isEmpty()) {
            return Decision.unknown(unread(reach) + ", and the go command links externally if one of them uses cgo");
        }
        return Decision.no("no package outside the standard library uses cgo, so the Go linker links internally");
    }

    /** True when the link cannot happen: {@code -linkmode=external} with cgo off on Go 1.22 or newer (or an unknown version). */
    static boolean linkFails(GoInvocation invocation, Decision cgo, java.util.Optional<GoVersion> goVersion) {
        return cgo.isNo() && "external".equals(invocation.ldflags().linkMode())
                && goVersion.map(v -> v.atLeast(1, 22)).orElse(true);
    }

    /** Static or dynamic, and why; the Go version matters because external linking without cgo fails from Go 1.22 on. */
    static Decision staticBinary(GoInvocation invocation, Decision cgo, Decision external, PackageReach reach,
            java.util.Optional<GoVersion> goVersion, String targetGoos) {
        boolean asksStatic = invocation.ldflags().asksStatic() || cgoLdflagsStatic(invocation)
                || (reach != null && reach.cgoPackages().stream().anyMatch(p -> !p.staticLdflagLocations().isEmpty()));
        if ("pie".equals(invocation.buildMode())) {
            if (external.isYes() && invocation.ldflags().asksStaticPie()) {
                return Decision.yes("-buildmode=pie with -extldflags -static-pie: a static PIE");
            }
            if (external.isYes() && asksStatic) {
                return Decision.yes("-buildmode=pie with the external linker asked for -static: the C linker makes a"
                        + " statically linked executable (-static wins over -pie), with libc linked in");
            }
            if (external.answer() == Answer.UNKNOWN && asksStatic) {
                return Decision.unknown("-buildmode=pie with -extldflags -static is static when the linker runs externally ("
                        + external.reason() + ")");
            }
            return Decision.no("-buildmode=pie gives a dynamically linked PIE that needs the dynamic loader");
        }
        if (linkFails(invocation, cgo, goVersion)) {
            return Decision.unknown("-linkmode=external without cgo does not link on Go "
                    + goVersion.map(v -> v + "").orElse("1.22 or newer") + ", so no binary is built");
        }
        if (external.isYes()) {
            String why = cgo.isNo() ? "cgo is off, but " + external.reason() + " runs the C linker, which " : "the external linker ";
            return asksStatic
                    ? Decision.yes(why + (cgo.isNo() ? "is asked for -static: libc's start-up code is linked in statically"
                            : "is asked for -static: libc is linked into the binary"))
                    : Decision.no(why + "links libc dynamically");
        }
        if (cgo.isNo()) {
            return Decision.yes("cgo is off: a pure Go binary, statically linked, with no libc");
        }
        if (cgo.answer() == Answer.UNKNOWN) {
            return Decision.unknown("depends on whether cgo is on (" + cgo.reason() + ")");
        }
        if (reach == null) {
            return Decision.unknown("the packages built could not be resolved");
        }
        if (!usesCgo(invocation, reach, targetGoos, goVersion)) {
            if (!reach.unknownImports().isEmpty()) {
                return Decision.unknown("no package read uses cgo, but " + unread(reach)
                        + ": if one of them uses cgo, libc is linked " + (asksStatic ? "statically" : "dynamically"));
            }
            return Decision.yes("no package built uses cgo, so no libc is linked");
        }
        if (external.isNo()) {
            return Decision.no(asksStatic
                    ? "the Go linker runs internally and ignores -extldflags, so libc stays dynamic"
                    : "the internal linker links libc dynamically for net/os/user's cgo code");
        }
        if (!asksStatic) {
            return Decision.no("libc is linked dynamically for the cgo code: by the internal linker, or by the external"
                    + " linker, which is not asked for -static");
        }
        return Decision.unknown("depends on the link mode: " + external.reason());
    }

    /**
     * True when some package built has cgo code: net's resolver without netgo, os/user without
     * osusergo (on a target where they have cgo code), or a cgo package.
     */
    static boolean usesCgo(GoInvocation invocation, PackageReach reach, String targetGoos, java.util.Optional<GoVersion> goVersion) {
        boolean lookups = StdCgo.lookupsUseCgo(targetGoos, goVersion);
        return lookups && (!reach.resolver().isEmpty() && !invocation.hasTag("netgo")
                || !reach.userLookup().isEmpty() && !invocation.hasTag("osusergo"))
                || !reach.cgoPackages().isEmpty();
    }

    /** "3 imported packages are not in the workspace, with no vendor/ or module cache for them". */
    private static String unread(PackageReach reach) {
        int n = reach.unknownImports().size();
        return n + " imported package" + (n == 1 ? " is" : "s are") + " not in the workspace, with no vendor/ or module cache for "
                + (n == 1 ? "it" : "them");
    }

    private static boolean cgoLdflagsStatic(GoInvocation invocation) {
        var value = invocation.envValue("CGO_LDFLAGS");
        return value != null && value.known() && (" " + value.text() + " ").matches(".*\\s-static(-pie)?\\s.*");
    }
}
