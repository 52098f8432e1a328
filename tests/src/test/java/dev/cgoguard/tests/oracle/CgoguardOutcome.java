package dev.cgoguard.tests.oracle;

import java.util.Set;

/**
 * What cgoguard predicts for one row, read from its plan and lint reports: static ("yes", "no"
 * or "unknown") with the reason, external linking, the libc linked, the lookups its cgo chains put in the binary,
 * and the rules lint reports. {@code problem} is set when the reports could not
 * be read as one plan.
 */
record CgoguardOutcome(String staticValue, String staticReason, String externalLink, String cgo, String libc,
        Set<String> cgoLookups, Set<String> reportedRules, String problem) {
    static CgoguardOutcome unreadable(String problem) {
        return new CgoguardOutcome("unknown", "", "unknown", "unknown", "unknown", Set.of(), Set.of(), problem);
    }

    /** Whether lint reports static-glibc-nss. */
    boolean staticGlibcNss() {
        return reportedRules.contains("static-glibc-nss");
    }
}
