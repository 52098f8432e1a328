package dev.cgoguard.tests.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checks of what a fix must give the real binary fail where the binary does not give it. */
class FixExpectationTest {
    private static final ElfFacts STATIC_GLIBC = new ElfFacts(true, true, "glibc", Set.of(), null, false);
    private static final ElfFacts STATIC_MUSL = new ElfFacts(true, true, "musl", Set.of(), null, false);
    private static final ElfFacts DYNAMIC_GLIBC = new ElfFacts(false, true, "glibc", Set.of(), "/lib64/ld-linux-x86-64.so.2", true);

    private static RealOutcome built(ElfFacts elf, String... warnings) {
        return new RealOutcome(true, null, elf, List.of(warnings));
    }

    @Test
    void eachRemedyIsHeldToWhatItPromises() {
        assertEquals(List.of(), FixExpectation.unmet("static-glibc-nss", "musl", built(STATIC_MUSL), false, ""));
        assertEquals(List.of("expected a musl binary (musl's interpreter or none, no glibc symbols), got libc glibc, interpreter"
                + " /lib64/ld-linux-x86-64.so.2, glibc-versioned symbols"),
                FixExpectation.unmet("static-glibc-nss", "alpine", built(DYNAMIC_GLIBC), false, ""));
        assertEquals(List.of("expected a binary with glibc's interpreter, got a static one",
                "cgoguard still reports static-glibc-nss after the fix").stream().sorted().toList(),
                FixExpectation.unmet("static-glibc-nss", "dynamic", built(STATIC_GLIBC), true, "").stream().sorted().toList());
        assertEquals(List.of("the linker still warns about NSS lookups in a static glibc binary: [getaddrinfo]"),
                FixExpectation.unmet("static-glibc-nss", "tags", built(STATIC_GLIBC, "getaddrinfo"), false, ""));
        assertEquals(List.of("expected a static binary with no libc, got dynamic glibc"),
                FixExpectation.unmet("ineffective-extldflags", "cgo-off", built(DYNAMIC_GLIBC), false, ""));
        assertEquals(List.of("-extldflags is still written in the fixed file"),
                FixExpectation.unmet("ineffective-extldflags", "drop-flag", built(DYNAMIC_GLIBC), false, "go build -ldflags '-extldflags -lm'"));
    }
}
