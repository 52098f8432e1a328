package dev.cgoguard.host;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine a Makefile, a script or a Docker build runs on when nothing in the text says which:
 * its operating system, architecture and (on Linux) C library, linux/amd64 with glibc unless the
 * user says otherwise ({@code --host}, the {@code host} setting). Every question a build file asks
 * about its host ({@code uname}, {@code go env GOARCH}, {@code $(OS)}, {@code runner.arch}, the
 * build platform of a Docker build) is answered from this one model, the way that machine answers
 * it, so that no finding holds only on another host than the one modelled.
 */
public record Host(String goos, String goarch, String libc) {
    public static final Host DEFAULT = new Host("linux", "amd64", "glibc");
    private static final Pattern SPEC = Pattern.compile("([a-z0-9]+)/([a-z0-9]+)(?:/(glibc|musl))?");
    /** uname -m on Linux, by GOARCH (coreutils' names for the kernel's machine). */
    private static final Map<String, String> MACHINE = Map.ofEntries(Map.entry("amd64", "x86_64"),
            Map.entry("arm64", "aarch64"), Map.entry("386", "i686"), Map.entry("arm", "armv7l"),
            Map.entry("ppc64le", "ppc64le"), Map.entry("ppc64", "ppc64"), Map.entry("s390x", "s390x"),
            Map.entry("riscv64", "riscv64"), Map.entry("mips64le", "mips64"), Map.entry("mips64", "mips64"),
            Map.entry("mipsle", "mips"), Map.entry("mips", "mips"), Map.entry("loong64", "loongarch64"));
    /** dpkg --print-architecture, by GOARCH. */
    private static final Map<String, String> DEBIAN = Map.ofEntries(Map.entry("amd64", "amd64"),
            Map.entry("arm64", "arm64"), Map.entry("386", "i386"), Map.entry("arm", "armhf"),
            Map.entry("ppc64le", "ppc64el"), Map.entry("s390x", "s390x"), Map.entry("riscv64", "riscv64"),
            Map.entry("mips64le", "mips64el"), Map.entry("mipsle", "mipsel"), Map.entry("loong64", "loong64"));
    private static final Map<String, String> KERNEL = Map.of("linux", "Linux", "darwin", "Darwin", "freebsd", "FreeBSD",
            "openbsd", "OpenBSD", "netbsd", "NetBSD", "dragonfly", "DragonFly", "solaris", "SunOS", "illumos", "SunOS",
            "windows", "MINGW64_NT-10.0", "aix", "AIX");

    public Host {
        goos = goos.toLowerCase(Locale.ROOT);
        goarch = goarch.toLowerCase(Locale.ROOT);
        libc = "linux".equals(goos) ? (libc == null ? "glibc" : libc) : null;
    }

    /**
     * The host a setting names, {@code os/arch} with GOOS and GOARCH values ({@code linux/arm64},
     * {@code darwin/arm64}), optionally {@code /musl} or {@code /glibc} on Linux; empty when it names none.
     */
    public static Optional<Host> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SPEC.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || !KERNEL.containsKey(m.group(1)) || !MACHINE.containsKey(m.group(2))
                || m.group(3) != null && !m.group(1).equals("linux")) {
            return Optional.empty();
        }
        return Optional.of(new Host(m.group(1), m.group(2), m.group(3)));
    }

    /** What {@code --host} accepts, for messages. */
    public static String syntax() {
        return "os/arch with Go's names (linux/amd64, linux/arm64, darwin/arm64, windows/amd64), optionally /musl on linux";
    }

    /** {@code linux/amd64}. */
    public String platform() {
        return goos + "/" + goarch;
    }

    /** {@code uname -s}: the kernel's name (Git Bash's on Windows). */
    public String kernelName() {
        return KERNEL.get(goos);
    }

    /** {@code uname -m}: the machine (arm64 on macOS, aarch64 on Linux). */
    public String machine() {
        if ("darwin".equals(goos)) {
            return "amd64".equals(goarch) ? "x86_64" : goarch;
        }
        if ("freebsd".equals(goos) || "openbsd".equals(goos)) {
            return goarch;
        }
        return MACHINE.get(goarch);
    }

    /** {@code dpkg --print-architecture}, or null where there is no dpkg. */
    public String debianArchitecture() {
        return "linux".equals(goos) ? DEBIAN.get(goarch) : null;
    }

    /** The value {@code go env NAME} prints on this host with nothing set, or null for a name not modelled. */
    public String goEnv(String name) {
        return switch (name) {
            case "GOOS", "GOHOSTOS" -> goos;
            case "GOARCH", "GOHOSTARCH" -> goarch;
            case "CC" -> usesClang() ? "clang" : "gcc";
            case "CXX" -> usesClang() ? "clang++" : "g++";
            case "CGO_ENABLED" -> "1";
            case "GOEXE" -> "windows".equals(goos) ? ".exe" : "";
            default -> null;
        };
    }

    /** The value the host's environment gives a variable every shell and make sees there ({@code OS} on Windows), or null when unset. */
    public String environment(String name) {
        return "OS".equals(name) && "windows".equals(goos) ? "Windows_NT" : null;
    }

    /** True for the names {@link #environment} answers for this host. */
    public boolean answersEnvironment(String name) {
        return "OS".equals(name);
    }

    /** GitHub Actions' {@code runner.os} on a machine of this kind. */
    public String runnerOs() {
        return switch (goos) {
            case "darwin" -> "macOS";
            case "windows" -> "Windows";
            default -> "Linux";
        };
    }

    /** GitHub Actions' {@code runner.arch} on a machine of this kind. */
    public String runnerArch() {
        return switch (goarch) {
            case "arm64" -> "ARM64";
            case "386" -> "X86";
            case "arm" -> "ARM";
            default -> "X64";
        };
    }

    private boolean usesClang() {
        return goos.equals("darwin") || goos.equals("freebsd") || goos.equals("openbsd") || goos.equals("ios");
    }

    @Override
    public String toString() {
        return platform() + (libc == null ? "" : " with " + libc);
    }

    // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Host that
                && Objects.equals(goos, that.goos)
                && Objects.equals(goarch, that.goarch)
                && Objects.equals(libc, that.libc);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(goos);
        hash = 31 * hash + Objects.hashCode(goarch);
        hash = 31 * hash + Objects.hashCode(libc);
        return hash;
    }
}
