package dev.cgoguard.tests.oracle;

import java.util.List;
import java.util.Set;

/**
 * What the real toolchain produced for one row: the build failed (with the go command's first
 * error line), or a binary with its ELF facts and the glibc linker's "Using 'X' in statically
 * linked applications" warnings.
 */
record RealOutcome(boolean built, String failure, ElfFacts elf, List<String> linkerWarnings) {
    static RealOutcome failed(String failure) {
        return new RealOutcome(false, failure, null, List.of());
    }

    /** True when the linker warned about an NSS lookup: getaddrinfo, getpw*, getgr*. */
    boolean warnedAboutNss() {
        return linkerWarnings.stream().anyMatch(f -> f.equals("getaddrinfo") || f.startsWith("getpw") || f.startsWith("getgr"));
    }

    Set<String> cgoLookups() {
        return elf == null ? Set.of() : elf.cgoLookups();
    }
}
