package dev.cgoguard.rules;

import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.plan.Platform;
import dev.cgoguard.shell.ShellValue;
import java.util.Map;
import java.util.Optional;

/** What the cgo and linker rules ask of a plan's build environment: Go version, C compilers, install advice. */
final class BuildFacts {
    /**
     * Debian's cross compilers by target (package {@code gcc-<triplet>} on a Debian or Ubuntu host):
     * the names the go command is pointed at with {@code CC}.
     */
    private static final Map<String, String> CROSS_COMPILERS = Map.of(
            "linux/arm64", "aarch64-linux-gnu-gcc",
            "linux/amd64", "x86_64-linux-gnu-gcc",
            "linux/arm", "arm-linux-gnueabihf-gcc",
            "linux/386", "i686-linux-gnu-gcc",
            "linux/ppc64le", "powerpc64le-linux-gnu-gcc",
            "linux/s390x", "s390x-linux-gnu-gcc",
            "linux/riscv64", "riscv64-linux-gnu-gcc",
            "windows/amd64", "x86_64-w64-mingw32-gcc",
            "windows/386", "i686-w64-mingw32-gcc");

    private BuildFacts() {
    }


    /** " (Go 1.22, from golang:1.22)"-style description of where the version comes from, for messages. */
    static String goVersionSource(BuildPlan plan) {
        if (plan.buildEnvironment() != null && plan.buildEnvironment().goVersion() != null) {
            return plan.buildEnvironment().description();
        }
        return "go.mod";
    }

    /** True when the build environment is known to have no C compiler. */
    static boolean compilerAbsent(BuildPlan plan) {
        ImageFacts facts = facts(plan);
        return facts != null && facts.known() && Boolean.FALSE.equals(facts.cCompiler());
    }

    /** True when a C compiler can be counted on: the build image has one, or a host (Makefile, script) is assumed to. */
    static boolean compilerAvailable(BuildPlan plan) {
        ImageFacts facts = facts(plan);
        return facts == null || facts.known() && Boolean.TRUE.equals(facts.cCompiler());
    }

    /** What to install for cgo in the build environment. */
    static String installAdvice(BuildPlan plan) {
        ImageFacts facts = facts(plan);
        if (facts != null && "musl".equals(facts.libc())) {
            return "install a C compiler in the build stage (apk add --no-cache build-base, or gcc musl-dev)";
        }
        if (facts != null && "glibc".equals(facts.libc())) {
            return "install a C compiler in the build stage (apt-get install -y gcc libc6-dev on Debian/Ubuntu)";
        }
        return "install a C compiler (gcc and the libc headers) where this command runs";
    }

    /**
     * The Debian cross compiler for a target, when its name is certain: a Linux build host, a glibc
     * (or unknown) toolchain, and for 32-bit ARM the hard-float ARMv7 default.
     */
    static Optional<String> crossCompiler(BuildPlan plan) {
        Platform target = plan.target();
        Platform host = plan.host();
        if (target.isUnknown() || host == null || !"linux".equals(host.goos()) || PlanFacts.buildsWithMusl(plan)) {
            return Optional.empty();
        }
        if ("arm".equals(target.goarch())) {
            ShellValue goarm = plan.invocation().envValue("GOARM");
            if (goarm != null && !(goarm.known() && goarm.text().trim().startsWith("7"))) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(CROSS_COMPILERS.get(target.toString()));
    }

    /** The cross compiler named as an example for a target, for messages ("a C cross compiler for linux/arm64, e.g. …"). */
    static String crossCompilerExample(BuildPlan plan) {
        Platform target = plan.target();
        String name = target.isUnknown() ? null : CROSS_COMPILERS.get(target.toString());
        String zig = "zig cc -target " + (target.isUnknown() ? "<arch>-linux-gnu" : zigTarget(target));
        return name == null ? zig : name + " or " + zig;
    }

    private static String zigTarget(Platform target) {
        String arch = switch (target.goarch()) {
            case "amd64" -> "x86_64";
            case "arm64" -> "aarch64";
            case "386" -> "x86";
            default -> target.goarch();
        };
        return arch + ("darwin".equals(target.goos()) ? "-macos" : "-" + target.goos() + "-gnu");
    }

    private static ImageFacts facts(BuildPlan plan) {
        return plan.buildEnvironment() == null ? null : plan.buildEnvironment().facts();
    }
}
