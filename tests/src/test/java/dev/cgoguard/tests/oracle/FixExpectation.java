package dev.cgoguard.tests.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * What each fix of static-glibc-nss and ineffective-extldflags must give the real binary, beyond
 * agreeing with cgoguard's plan of the fixed file: the tags leave no glibc NSS link warning; musl gives
 * a binary with musl's interpreter or none (static) and no glibc-versioned symbol; dynamic glibc gives a
 * binary with glibc's interpreter; cgo off a static binary with no libc; the external link a static one;
 * and after every fix cgoguard no longer reports the rule.
 */
final class FixExpectation {
    private FixExpectation() {
    }

    /** The expectations the real build of a fixed file does not meet, in words; empty when it meets them all. */
    static List<String> unmet(String rule, String alternative, RealOutcome real, boolean stillReported, String fixedText) {
        List<String> unmet = new ArrayList<>();
        if (stillReported) {
            unmet.add("cgoguard still reports " + rule + " after the fix");
        }
        if (!real.built()) {
            return unmet; // the row's own check says that the fixed build failed
        }
        ElfFacts elf = real.elf();
        if (rule.equals("static-glibc-nss") && real.warnedAboutNss()) {
            unmet.add("the linker still warns about NSS lookups in a static glibc binary: " + real.linkerWarnings());
        }
        switch (alternative) {
            case "musl", "alpine" -> {
                if (!elf.libc().equals("musl") || elf.glibcSymbolVersions()
                        || elf.interpreter() != null && !elf.interpreter().contains("ld-musl")) {
                    unmet.add("expected a musl binary (musl's interpreter or none, no glibc symbols), got libc " + elf.libc()
                            + ", interpreter " + elf.interpreter() + (elf.glibcSymbolVersions() ? ", glibc-versioned symbols" : ""));
                }
            }
            case "dynamic" -> {
                if (elf.isStatic() || !elf.interpreter().contains("ld-linux")) {
                    unmet.add("expected a binary with glibc's interpreter, got " + (elf.isStatic() ? "a static one" : elf.interpreter()));
                }
            }
            case "cgo-off" -> {
                if (!elf.isStatic() || !elf.libc().equals("none")) {
                    unmet.add("expected a static binary with no libc, got " + (elf.isStatic() ? "static " : "dynamic ") + elf.libc());
                }
            }
            case "external-link" -> {
                if (!elf.isStatic()) {
                    unmet.add("expected a static binary once the external linker reads -extldflags, got interpreter " + elf.interpreter());
                }
            }
            case "drop-flag" -> {
                if (fixedText.contains("-extldflags")) {
                    unmet.add("-extldflags is still written in the fixed file");
                }
            }
            default -> {
            }
        }
        return unmet;
    }
}
