package dev.cgoguard.tests.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks cgoguard's build plans against the real toolchain: every program of the matrix is built
 * with every configuration by Debian's go, gcc and musl-gcc (installed by
 * tests/oracle/install-toolchain.sh when missing), the binary is read with readelf, and the
 * result must match what cgoguard plans for the same Makefile recipe. Then each configuration that
 * static-glibc-nss or ineffective-extldflags reports is written in a Makefile, a script, a Dockerfile
 * and a workflow and built as written and after each of the finding's fixes (see {@link FixRows}):
 * the fixed builds must agree with cgoguard's plan of the fixed file and give what the fix promises.
 */
class ToolchainOracleTest {
    /** Two builds at a time: CI machines have two cores, and the Go build cache is shared. */
    private static final int PARALLEL_BUILDS = 2;

    private static Path work;
    private static GoToolchain toolchain;

    @BeforeAll
    static void installToolchain() throws Exception {
        work = Files.createDirectories(Paths.get(System.getProperty("cgoguard.oracle.work", "target/oracle")).toAbsolutePath());
        Path script = Paths.get(System.getProperty("cgoguard.oracle.script", "oracle/install-toolchain.sh")).toAbsolutePath();
        toolchain = GoToolchain.install(script, work);
    }

    @Test
    void everyRowAgreesWithTheRealToolchain() throws Exception {
        long start = System.nanoTime();
        RealBuilder builder = new RealBuilder(toolchain);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_BUILDS);
        try {
            List<PendingRow> pending = new ArrayList<>();
            long planning = 0;
            for (OracleProgram program : OracleProgram.all()) {
                for (BuildConfig config : BuildConfig.matrix()) {
                    Path project = builder.writeProject(work.resolve("rows").resolve(String.format("%03d", pending.size())), program, config);
                    long before = System.nanoTime();
                    // cgoguard reads the project before its build starts, so it never sees the binary.
                    CgoguardOutcome predicted = CgoguardReader.read(project);
                    planning += System.nanoTime() - before;
                    pending.add(new PendingRow(program, config, predicted, pool.submit(() -> builder.build(project, config))));
                }
            }
            List<PendingFix> fixes = new ArrayList<>();
            int next = pending.size();
            for (FixRows.Case c : FixRows.cases()) {
                for (BuildFile file : BuildFile.values()) {
                    long before = System.nanoTime();
                    List<FixRows.Planned> planned = FixRows.plan(c, file, work.resolve("rows"), next, builder);
                    planning += System.nanoTime() - before;
                    next += planned.size();
                    for (FixRows.Planned project : planned) {
                        fixes.add(new PendingFix(project, pool.submit(() -> builder.build(project.project(), project.file()))));
                    }
                }
            }
            List<OracleRow> rows = new ArrayList<>();
            for (PendingRow row : pending) {
                rows.add(new OracleRow(row.program(), row.config(),
                        ExpectedFailure.of(row.program(), row.config(), toolchain).orElse(null), row.build().get(), row.predicted()));
            }
            for (PendingFix fix : fixes) {
                rows.add(FixRows.row(fix.planned(), fix.build().get()));
            }
            report(rows, start, planning);
        } finally {
            pool.shutdownNow();
        }
    }

    private record PendingRow(OracleProgram program, BuildConfig config, CgoguardOutcome predicted, Future<RealOutcome> build) {
    }

    private record PendingFix(FixRows.Planned planned, Future<RealOutcome> build) {
    }

    private static void report(List<OracleRow> rows, long start, long planning) {
        long end = System.nanoTime();
        System.out.println("Toolchain oracle: " + toolchain.goVersion() + " (GOCACHE " + toolchain.env().get("GOCACHE") + ")");
        System.out.println(OracleTable.format(rows));
        List<String> unexpected = new ArrayList<>();
        List<String> healed = new ArrayList<>();
        System.out.println("Known disagreements (cgoguard's plan differs from the real toolchain; listed in KnownDisagreement.LIST):");
        if (KnownDisagreement.LIST.isEmpty()) {
            System.out.println("  none");
        }
        for (OracleRow row : rows) {
            KnownDisagreement known = KnownDisagreement.find(row);
            if (known != null) {
                System.out.println("  " + row.id() + ": " + (row.agrees() ? "now agrees" : String.join("; ", row.differences()))
                        + " | real facts: " + known.realFacts());
                if (row.agrees()) {
                    healed.add(row.id() + " agrees now: remove it from KnownDisagreement.LIST");
                }
            } else if (!row.agrees()) {
                unexpected.add(row.id() + ": " + String.join("; ", row.differences()) + "  [" + row.config().command() + "]");
            }
        }
        long agreeing = rows.stream().filter(OracleRow::agrees).count();
        List<OracleRow> fixRows = rows.stream().filter(r -> r.variant() != null).toList();
        long afterFix = fixRows.stream().filter(r -> !r.variant().contains("as written")).count();
        System.out.printf("Fix rows: %d (%d as written, %d after a fix of static-glibc-nss or ineffective-extldflags), %d agree%n",
                fixRows.size(), fixRows.size() - afterFix, afterFix, fixRows.stream().filter(OracleRow::agrees).count());
        long failuresExpected = rows.stream().filter(r -> r.expectedFailure() != null).count();
        System.out.printf("Toolchain oracle: %d rows, %d agree (%d of them expected build failures), %d known disagreements, "
                + "%d unexpected disagreements; %d parallel builds, cgoguard %.1f s (alongside the builds), total %.1f s%n",
                rows.size(), agreeing, failuresExpected, rows.size() - agreeing - unexpected.size(), unexpected.size(),
                PARALLEL_BUILDS, planning / 1e9, (end - start) / 1e9);
        unexpected.forEach(line -> System.out.println("DISAGREES " + line));
        assertTrue(unexpected.isEmpty(), unexpected.size() + " row(s) disagree with the real toolchain:\n" + String.join("\n", unexpected));
        assertEquals(List.of(), healed, "known disagreements that agree now");
    }
}
