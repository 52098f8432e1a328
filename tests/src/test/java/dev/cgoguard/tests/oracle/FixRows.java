package dev.cgoguard.tests.oracle;

import dev.cgoguard.engine.TextEdits;
import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rows of the fixes: each configuration for which cgoguard reports static-glibc-nss or
 * ineffective-extldflags, written in each kind of build file, built as written and then after each
 * of the finding's fixes (every alternative, not only the preferred one) has edited the file.
 */
final class FixRows {
    /** A program and configuration that one rule reports. */
    record Case(OracleProgram program, BuildConfig config, String rule) {
    }

    /** A project to build: its rows' facts known before the build, and what its checks need afterwards. */
    record Planned(OracleProgram program, BuildConfig config, BuildFile file, String variant, Path project, CgoguardOutcome predicted,
            String rule, String alternative, boolean stillReported, List<String> checks) {
    }

    private FixRows() {
    }

    static List<Case> cases() {
        BuildConfig externalStatic = config("external-static");
        BuildConfig extldflagsStatic = config("extldflags-static");
        return List.of(
                new Case(OracleProgram.NET, externalStatic, "static-glibc-nss"),
                new Case(OracleProgram.OS_USER, externalStatic, "static-glibc-nss"),
                new Case(OracleProgram.NET_HTTP, externalStatic, "static-glibc-nss"),
                new Case(OracleProgram.CGO_NET_USER, extldflagsStatic, "static-glibc-nss"),
                new Case(OracleProgram.NET, extldflagsStatic, "ineffective-extldflags"),
                new Case(OracleProgram.OS_USER, extldflagsStatic, "ineffective-extldflags"),
                new Case(OracleProgram.NET_HTTP, extldflagsStatic, "ineffective-extldflags"));
    }

    /**
     * The projects of one case in one file kind, written under {@code rows} from {@code first} on:
     * the file as written (which must carry the finding), then one copy per fix with the fix applied.
     */
    static List<Planned> plan(Case c, BuildFile file, Path rows, int first, RealBuilder builder) throws IOException {
        List<Planned> planned = new ArrayList<>();
        Path original = builder.writeProject(rows.resolve(String.format("%03d", first)), c.program(), file, c.config().command());
        List<Finding> findings = CgoguardReader.findings(original, c.rule());
        List<String> before = new ArrayList<>();
        if (findings.size() != 1) {
            before.add("expected cgoguard to report " + c.rule() + " once before the fix, got " + findings.size());
        }
        planned.add(new Planned(c.program(), c.config(), file, file.label() + " as written", original, CgoguardReader.read(original),
                c.rule(), null, false, before));
        if (findings.size() != 1) {
            return planned;
        }
        for (Fix fix : findings.get(0).fixes()) {
            Path fixed = rows.resolve(String.format("%03d", first + planned.size()));
            copy(original, fixed);
            apply(fixed, fix.edits());
            String variant = file.label() + ", after " + fix.alternative() + (file.standIn(fixed).isEmpty() ? "" : " (" + file.standIn(fixed) + ")");
            CgoguardOutcome predicted = CgoguardReader.read(fixed);
            planned.add(new Planned(c.program(), c.config(), file, variant, fixed, predicted, c.rule(), fix.alternative(),
                    predicted.reportedRules().contains(c.rule()), List.of()));
        }
        return planned;
    }

    /** The row of a planned project once its real build is done. */
    static OracleRow row(Planned planned, RealOutcome real) throws IOException {
        List<String> checks = new ArrayList<>(planned.checks());
        if (planned.alternative() != null) {
            checks.addAll(FixExpectation.unmet(planned.rule(), planned.alternative(), real, planned.stillReported(),
                    Files.readString(planned.project().resolve(planned.file().path()))));
        }
        return new OracleRow(planned.program(), planned.config(), planned.variant(), null, real, planned.predicted(), checks);
    }

    private static BuildConfig config(String id) {
        return BuildConfig.matrix().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().equals("app")) {
                    Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void apply(Path project, List<FileEdit> edits) {
        edits.stream().map(FileEdit::path).distinct().forEach(path -> {
            try {
                Path file = project.resolve(path);
                List<FileEdit> mine = edits.stream().filter(e -> e.path().equals(path)).toList();
                Files.writeString(file, TextEdits.apply(Files.readString(file), mine).text());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
