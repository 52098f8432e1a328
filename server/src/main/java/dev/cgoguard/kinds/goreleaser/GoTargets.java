package dev.cgoguard.kinds.goreleaser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The GOOS/GOARCH matrix of a release build: every pair of its {@code goos} and {@code goarch}
 * lists that the go command supports, less its {@code ignore} entries, or its explicit
 * {@code targets}. The pairs the go command knows are those of {@code go tool dist list} (Go 1.19),
 * with the ports added since (wasip1/wasm in 1.21, openbsd/ppc64 in 1.22, openbsd/riscv64 in 1.23).
 */
public final class GoTargets {
    /** A GOOS/GOARCH pair. */
    public record Target(String goos, String goarch) {
        @Override
        public String toString() {
            return goos + "/" + goarch;
        }
    }

    /** An ignore entry: the GOOS and GOARCH it names (null: any); entries naming a variant (goarm) ignore only that variant. */
    public record Ignore(String goos, String goarch, boolean variantOnly) {
    }

    private static final Set<String> PORTS = Set.of("aix/ppc64", "android/386", "android/amd64", "android/arm", "android/arm64",
            "darwin/amd64", "darwin/arm64", "dragonfly/amd64", "freebsd/386", "freebsd/amd64", "freebsd/arm", "freebsd/arm64",
            "freebsd/riscv64", "illumos/amd64", "ios/amd64", "ios/arm64", "js/wasm", "wasip1/wasm", "linux/386", "linux/amd64",
            "linux/arm", "linux/arm64", "linux/loong64", "linux/mips", "linux/mips64", "linux/mips64le", "linux/mipsle",
            "linux/ppc64", "linux/ppc64le", "linux/riscv64", "linux/s390x", "netbsd/386", "netbsd/amd64", "netbsd/arm",
            "netbsd/arm64", "openbsd/386", "openbsd/amd64", "openbsd/arm", "openbsd/arm64", "openbsd/mips64", "openbsd/ppc64",
            "openbsd/riscv64", "plan9/386", "plan9/amd64", "plan9/arm", "solaris/amd64", "windows/386", "windows/amd64",
            "windows/arm", "windows/arm64");
    /** What GoReleaser builds without {@code goos}/{@code goarch}. */
    public static final List<String> DEFAULT_GOOS = List.of("darwin", "linux", "windows");
    public static final List<String> DEFAULT_GOARCH = List.of("386", "amd64", "arm64");
    /** The first-class ports named by {@code targets: [go_first_class]}. */
    private static final List<String> FIRST_CLASS = List.of("darwin_amd64", "darwin_arm64", "linux_386", "linux_amd64",
            "linux_arm", "linux_arm64", "windows_386", "windows_amd64", "windows_arm64");

    private GoTargets() {
    }

    /** The matrix of {@code goos} x {@code goarch} less the ignored pairs and the pairs Go does not support. */
    public static List<Target> matrix(List<String> goos, List<String> goarch, List<Ignore> ignore) {
        List<Target> targets = new ArrayList<>();
        for (String os : goos) {
            for (String arch : goarch) {
                Target target = new Target(os, arch);
                if (PORTS.contains(target.toString()) && ignore.stream().noneMatch(i -> ignores(i, target))) {
                    targets.add(target);
                }
            }
        }
        return targets;
    }

    /** Explicit {@code targets}: {@code linux_amd64}, {@code linux_arm_7}, {@code go_first_class}. */
    public static List<Target> explicit(List<String> names) {
        List<Target> targets = new ArrayList<>();
        for (String name : names) {
            List<String> expanded = name.equals("go_first_class") || name.equals("go_118_first_class") ? FIRST_CLASS : List.of(name);
            for (String one : expanded) {
                String[] parts = one.split("_");
                if (parts.length >= 2 && PORTS.contains(parts[0] + "/" + parts[1])) {
                    Target target = new Target(parts[0], parts[1]);
                    if (!targets.contains(target)) {
                        targets.add(target);
                    }
                }
            }
        }
        return targets;
    }

    /**
     * The targets planned: when cgo is on for every target every pair matters (each needs its C
     * compiler); otherwise one target per GOOS stands for its architectures (amd64 when it is built,
     * else the first), as the cgo and link decisions do not change with them.
     */
    public static List<Target> planned(List<Target> targets, boolean cgoOn) {
        if (cgoOn) {
            return targets;
        }
        Map<String, Target> byOs = new LinkedHashMap<>();
        for (Target target : targets) {
            Target known = byOs.get(target.goos());
            if (known == null || !known.goarch().equals("amd64") && target.goarch().equals("amd64")) {
                byOs.put(target.goos(), target);
            }
        }
        return List.copyOf(byOs.values());
    }

    private static boolean ignores(Ignore ignore, Target target) {
        return !ignore.variantOnly() && (ignore.goos() == null || ignore.goos().equals(target.goos()))
                && (ignore.goarch() == null || ignore.goarch().equals(target.goarch()));
    }
}
