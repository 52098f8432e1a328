package dev.cgoguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** invalid-suppression and unused-suppression: the engine reports them while it applies cgoguard:ignore comments. */
class SuppressionRulesTest {
    @TempDir
    Path dir;

    private TestProject project(String makefile) {
        return new TestProject(dir).module("1.22", "net/http").file("Makefile", makefile);
    }

    @Test
    void aSuppressionWithoutAReasonSilencesNothingAndIsAWarningOnItsComment() {
        TestProject project = project("b:\n\t# cgoguard:ignore obsolete-build-flag\n\tgo build -a .\n");
        Finding invalid = project.only(InvalidSuppressionRule.INFO.id());
        assertEquals(Severity.WARNING, invalid.severity());
        assertEquals(1, invalid.location().range().start().line());
        assertTrue(invalid.message().contains("gives no reason: add '-- <why this is safe>'"), invalid.message());
        assertEquals(1, project.findings(ObsoleteBuildFlagRule.INFO.id()).size(), "the finding is still reported");
    }

    @Test
    void aSuppressionOfAnUnknownRuleIsInvalid() {
        Finding invalid = project("b:\n\t# cgoguard:ignore no-such-rule -- why\n\tgo build .\n").only(InvalidSuppressionRule.INFO.id());
        assertTrue(invalid.message().contains("names an unknown rule 'no-such-rule'"), invalid.message());
    }

    @Test
    void aSuppressionThatSilencesNothingIsInfoAndAValidOneSilencesItsFinding() {
        TestProject project = project("b:\n\t# cgoguard:ignore obsolete-build-flag -- the CI image caches nothing\n\tgo build -a .\n"
                + "c:\n\t# cgoguard:ignore obsolete-build-flag -- not needed\n\tgo build .\n");
        assertEquals(List.of(), project.findings(ObsoleteBuildFlagRule.INFO.id()));
        Finding unused = project.only(UnusedSuppressionRule.INFO.id());
        assertEquals(Severity.INFO, unused.severity());
        assertEquals(4, unused.location().range().start().line());
        assertTrue(unused.message().contains("matches no finding on line 6; remove it"), unused.message());
    }
}
