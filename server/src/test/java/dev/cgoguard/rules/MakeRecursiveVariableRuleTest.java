package dev.cgoguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MakeRecursiveVariableRuleTest {
    private static final String ID = MakeRecursiveVariableRule.INFO.id();

    @TempDir
    Path dir;

    @Test
    void aSelfReferenceFirstInTheValueBecomesAnAppendOrASimpleVariable() {
        TestProject project = new TestProject(dir).module("1.22").file("main.go", "package main\n\nfunc main() {}\n")
                .file("Makefile", "export LDFLAGS = -s\nLDFLAGS = $(LDFLAGS) -w\nbuild:\n\tgo build -ldflags '$(LDFLAGS)' .\n");
        Finding finding = project.only(ID);
        assertEquals(1, finding.location().range().start().line());
        assertTrue(finding.message().contains("LDFLAGS"), finding.message());
        assertEquals("append", TestProject.preferred(finding).alternative());
        String simple = project.apply(TestProject.titled(finding, "Make it a simple variable"), "Makefile");
        assertEquals("export LDFLAGS = -s\nLDFLAGS := $(LDFLAGS) -w\nbuild:\n\tgo build -ldflags '$(LDFLAGS)' .\n", simple);
        assertTrue(project.findings(ID).isEmpty(), "linted again, the cycle is gone");
        project.file("Makefile", "export LDFLAGS = -s\nLDFLAGS = $(LDFLAGS) -w\nbuild:\n\tgo build -ldflags '$(LDFLAGS)' .\n");
        String appended = project.apply(TestProject.preferred(project.only(ID)), "Makefile");
        assertEquals("export LDFLAGS = -s\nLDFLAGS += -w\nbuild:\n\tgo build -ldflags '$(LDFLAGS)' .\n", appended);
        assertTrue(project.findings(ID).isEmpty(), "linted again, the cycle is gone");
    }

    @Test
    void appendingIsNotARecursion() {
        TestProject project = new TestProject(dir).module("1.22").file("main.go", "package main\n\nfunc main() {}\n")
                .file("Makefile", "LDFLAGS = -s\nLDFLAGS += -w\nV := 1\nV := $(V).2\nbuild:\n\tgo build -ldflags '$(LDFLAGS)' .\n");
        assertTrue(project.findings(ID).isEmpty());
    }
}
