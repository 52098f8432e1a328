package dev.cgoguard.gopkg;

import java.util.Set;

/**
 * The operating systems and architectures the go command knows (go/build's syslist.go), which
 * decide whether a file-name suffix such as {@code _linux_arm64} is a constraint, and the systems
 * that satisfy the {@code unix} tag.
 */
final class GoPlatforms {
    static final Set<String> KNOWN_OS = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
            "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1",
            "windows", "zos");

    static final Set<String> UNIX_OS = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
            "illumos", "ios", "linux", "netbsd", "openbsd", "solaris");

    static final Set<String> KNOWN_ARCH = Set.of("386", "amd64", "amd64p32", "arm", "armbe", "arm64",
            "arm64be", "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc",
            "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm");

    /** The newest Go release cgoguard knows of; release tags up to it hold when the version is unknown. */
    static final int NEWEST_MINOR = 27;

    private GoPlatforms() {
    }
}
