package dev.cgoguard.tests.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * One program built with one configuration: what the toolchain did next to what cgoguard predicted.
 * A row of a fix ({@code variant}: "Dockerfile, after musl") also carries the checks of what that fix
 * must give, already made on the real binary ({@code fixChecks}: the ones that failed, in words).
 */
record OracleRow(OracleProgram program, BuildConfig config, String variant, String expectedFailure, RealOutcome real,
        CgoguardOutcome cgoguard, List<String> fixChecks) {

    /** A row of the matrix: the command as a Makefile recipe. */
    OracleRow(OracleProgram program, BuildConfig config, String expectedFailure, RealOutcome real, CgoguardOutcome cgoguard) {
        this(program, config, null, expectedFailure, real, cgoguard, List.of());
    }

    String id() {
        return program.id() + " × " + config.id() + (variant == null ? "" : " × " + variant);
    }

    boolean agrees() {
        return differences().isEmpty();
    }

    /** Each fact on which the two sides differ, in words; empty when the row agrees. */
    List<String> differences() {
        List<String> differences = new ArrayList<>(fixChecks);
        if (expectedFailure != null) {
            if (real.built()) {
                differences.add("expected the build to fail (" + expectedFailure + ") but it built");
            }
            return differences;
        }
        if (!real.built()) {
            differences.add("the real build failed: " + real.failure());
            return differences;
        }
        if (cgoguard.problem() != null) {
            differences.add("cgoguard: " + cgoguard.problem());
            return differences;
        }
        String realStatic = real.elf().isStatic() ? "yes" : "no";
        if (!realStatic.equals(cgoguard.staticValue())) {
            differences.add("static: real " + realStatic + ", cgoguard " + cgoguard.staticValue() + " (" + cgoguard.staticReason() + ")");
        }
        String realExternal = real.elf().externallyLinked() ? "yes" : "no";
        if (!realExternal.equals(cgoguard.externalLink())) {
            differences.add("external link: real " + realExternal + ", cgoguard " + cgoguard.externalLink());
        }
        if (!real.elf().libc().equals(cgoguard.libc())) {
            differences.add("libc: real " + real.elf().libc() + ", cgoguard " + cgoguard.libc());
        }
        if (!real.cgoLookups().equals(cgoguard.cgoLookups())) {
            differences.add("lookups through cgo: real " + real.cgoLookups() + ", cgoguard " + cgoguard.cgoLookups());
        }
        if (real.warnedAboutNss() != cgoguard.staticGlibcNss()) {
            differences.add("static-glibc-nss: linker warned " + real.linkerWarnings() + ", lint "
                    + (cgoguard.staticGlibcNss() ? "reports it" : "does not report it"));
        }
        return differences;
    }
}
