package dev.cgoguard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.engine.AnalysisResult;
import dev.cgoguard.engine.Analyzer;
import dev.cgoguard.engine.SuppressionFix;
import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The editor's "ignore this finding here" action on every finding of the fixtures: lint again, and
 * the finding is silenced by a valid suppression (no invalid or unused suppression appears), nothing
 * else changes, and the file parses as well as before.
 */
class IgnoreActionRoundTripTest {
    private static final List<String> SUPPRESSION_RULES = List.of("invalid-suppression", "unused-suppression");

    @TempDir
    Path scratch;

    record Case(String fixture, int finding, String rule) {
        @Override
        public String toString() {
            return fixture + " #" + finding + " " + rule;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String fixture : Fixtures.names()) {
            Workspace workspace = new WorkspaceScanner().scan(Fixtures.root().resolve(fixture));
            List<Finding> findings = new Analyzer().analyze(workspace, AnalysisOptions.DEFAULTS).findings();
            for (int i = 0; i < findings.size(); i++) {
                Finding finding = findings.get(i);
                if (ignoreFix(workspace, finding).isPresent()) {
                    cases.add(new Case(fixture, i, finding.rule()));
                }
            }
        }
        return cases.stream();
    }

    private static Optional<Fix> ignoreFix(Workspace workspace, Finding finding) {
        return workspace.file(finding.location().path()).flatMap(file -> SuppressionFix.of(finding, file));
    }

    @Test
    void isOfferedForTheFindingsOfTheFixtures() throws IOException {
        long offered = cases().count();
        assertTrue(offered >= 40, "the ignore action is offered for " + offered + " findings");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void silencesTheFindingAndNothingElse(Case c) throws IOException {
        Path project = Fixtures.copy(c.fixture(), scratch);
        Analyzer analyzer = new Analyzer();
        Workspace workspace = new WorkspaceScanner().scan(project);
        AnalysisResult before = analyzer.analyze(workspace, AnalysisOptions.DEFAULTS);
        Finding finding = before.findings().get(c.finding());
        FileEdit edit = ignoreFix(workspace, finding).orElseThrow().edits().get(0);
        FixRoundTripTest.apply(project, List.of(edit));

        AnalysisResult after = analyzer.analyze(new WorkspaceScanner().scan(project), AnalysisOptions.DEFAULTS);
        int shift = edit.newText().endsWith("\n") ? 1 : 0;
        String path = finding.location().path();
        int line = finding.location().range().start().line() + shift;
        assertTrue(after.findings().stream().noneMatch(f -> f.rule().equals(finding.rule()) && f.location().path().equals(path)
                && f.location().range().start().line() == line), "the finding is silenced: " + after.findings());
        assertTrue(after.findings().stream().noneMatch(f -> SUPPRESSION_RULES.contains(f.rule())),
                "the comment is a valid, used suppression: " + after.findings());
        long silenced = before.findings().stream().filter(f -> f.rule().equals(finding.rule()) && f.location().path().equals(path)
                && f.location().range().start().line() == finding.location().range().start().line()).count();
        assertEquals(before.findings().size() - silenced, after.findings().size(), "nothing else changes: " + after.findings());
        FixRoundTripTest.assertParsesAsWellAsBefore(Fixtures.root().resolve(c.fixture()).resolve(path), project.resolve(path), path);
    }
}
