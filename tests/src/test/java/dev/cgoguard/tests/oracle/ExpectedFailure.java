package dev.cgoguard.tests.oracle;

import java.util.Optional;

/**
 * Builds that the real go command refuses, per knowledge/go-cgo-facts.md: these rows pass when the
 * build fails, and fail when it unexpectedly succeeds (or the other way round).
 */
final class ExpectedFailure {
    private ExpectedFailure() {
    }

    static Optional<String> of(OracleProgram program, BuildConfig config, GoToolchain toolchain) {
        if (program.importsC() && config.cgoDisabled()) {
            return Optional.of("import \"C\" with CGO_ENABLED=0: build constraints exclude all Go files");
        }
        if (config.cgoDisabled() && config.linksExternally() && toolchain.atLeast(1, 22)) {
            return Optional.of("Go 1.22+: -linkmode requires external (cgo) linking, but cgo is not enabled");
        }
        if (config.asksStaticPieWithoutPie()) {
            return Optional.of("-static-pie without -buildmode=pie: read-only segment has dynamic relocations");
        }
        return Optional.empty();
    }
}
