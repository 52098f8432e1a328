package dev.cgoguard.tests.oracle;

import java.util.List;

/**
 * Rows where cgoguard's plan logic is known to differ from the real toolchain. The test prints
 * them on every run, still checks that they disagree (a row that starts agreeing must be removed
 * from here), and fails on any disagreement not listed.
 */
record KnownDisagreement(String program, String config, String realFacts) {
    static final List<KnownDisagreement> LIST = List.of();

    static KnownDisagreement find(OracleRow row) {
        return LIST.stream()
                .filter(k -> k.program.equals(row.program().id()) && k.config.equals(row.config().id()) && row.variant() == null)
                .findFirst().orElse(null);
    }
}
