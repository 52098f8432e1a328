package dev.cgoguard.plan;

import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.shell.ShellValue;
import java.util.Optional;

/**
 * Decides whether cgo is on for a go command, the way the go command does: an explicit
 * CGO_ENABLED wins; a cross-compile defaults to off; since Go 1.20 a missing C compiler (with CC
 * unset) turns it off; otherwise a native Linux build has it on.
 */
public final class CgoDecider {
    /** How an unknown GOOS/GOARCH that stands for a Docker build's target platform is described. */
    /** How the decision starts when cgo is off because the build environment has no C compiler. */
    static final String NO_COMPILER = "no C compiler in the build environment";
    public static final String TARGET_PLATFORM = "the target platform of a stage built on $BUILDPLATFORM";
    private static final java.util.regex.Pattern TARGET_PLATFORM_REFERENCE =
            java.util.regex.Pattern.compile("\\$\\{?TARGET(OS|ARCH|PLATFORM|VARIANT)\\b");

    private CgoDecider() {
    }

    static Decision decide(GoInvocation invocation, Platform host, Boolean compilerPresent, Optional<GoVersion> goVersion) {
        ShellValue explicit = invocation.envValue("CGO_ENABLED");
        if (explicit != null) {
            if (!explicit.known()) {
                return Decision.unknown("CGO_ENABLED comes from " + explicit.source());
            }
            String value = explicit.text().trim();
            if (value.equals("1")) {
                return Decision.yes("CGO_ENABLED=1");
            }
            if (value.equals("0")) {
                return Decision.no("CGO_ENABLED=0");
            }
            if (!value.isEmpty()) {
                return Decision.unknown("CGO_ENABLED=" + value + " is neither 0 nor 1");
            }
        }
        Platform target = Platform.target(invocation, host);
        if (target.isUnknown() && fromTargetPlatform(invocation)) {
            return Decision.no("GOOS/GOARCH come from " + TARGET_PLATFORM
                    + ": a cross-compile for every other platform, where cgo defaults to off");
        }
        if (target.isUnknown()) {
            return Decision.unknown("GOOS/GOARCH are not known, so it is not known whether this is a cross-compile");
        }
        if (!target.equals(host.withoutAssumption())) {
            return Decision.no("cross-compiling for " + target + " from " + host + ": cgo defaults to off");
        }
        ShellValue cc = invocation.envValue("CC");
        boolean modernGo = goVersion.map(v -> v.atLeast(1, 20)).orElse(true);
        if (cc == null && Boolean.FALSE.equals(compilerPresent) && modernGo) {
            return Decision.no(NO_COMPILER + " and CC unset: Go "
                    + goVersion.map(v -> v + " ").orElse("1.20+ ") + "turns cgo off");
        }
        String where = host.assumed() ? "the default on a native build (on the modelled host " + host + ")"
                : "the default on a native " + host + " build";
        if (compilerPresent == null) {
            return Decision.yes(where + "; a C compiler is assumed present");
        }
        return Decision.yes(where + " with a C compiler");
    }

    private static boolean fromTargetPlatform(GoInvocation invocation) {
        for (String name : new String[] {"GOOS", "GOARCH"}) {
            ShellValue value = invocation.envValue(name);
            if (value != null && !value.known() && value.source() != null
                    && (value.source().contains(TARGET_PLATFORM) || TARGET_PLATFORM_REFERENCE.matcher(value.source()).find())) {
                return true;
            }
        }
        return false;
    }
}
