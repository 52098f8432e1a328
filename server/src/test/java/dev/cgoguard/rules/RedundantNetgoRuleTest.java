package dev.cgoguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedundantNetgoRuleTest {
    private static final String ID = RedundantNetgoRule.INFO.id();

    @TempDir
    Path dir;

    @Test
    void removesTheWholeTagsFlagWhenNothingIsLeft() {
        TestProject project = new TestProject(dir).module("1.22", "net")
                .file("Makefile", "b:\n\tCGO_ENABLED=0 go build -tags=netgo,osusergo -o bin/a .\n");
        Finding finding = project.only(ID);
        assertEquals(Severity.HINT, finding.severity());
        assertEquals(1, finding.location().range().start().line());
        assertEquals("b:\n\tCGO_ENABLED=0 go build -o bin/a .\n", project.apply(TestProject.preferred(finding), "Makefile"));
        assertTrue(project.findings(ID).isEmpty());
    }

    @Test
    void keepsOtherTagsAndTheirSeparator() {
        TestProject project = new TestProject(dir).module("1.22", "net")
                .file("build.sh", "#!/bin/sh\nexport CGO_ENABLED=0\ngo build -tags \"timetzdata netgo\" -o bin/a .\n");
        Finding finding = project.only(ID);
        assertTrue(finding.message().startsWith("The netgo tag changes nothing"), finding.message());
        assertEquals("#!/bin/sh\nexport CGO_ENABLED=0\ngo build -tags \"timetzdata\" -o bin/a .\n",
                project.apply(TestProject.preferred(finding), "build.sh"));
    }

    @Test
    void notReportedWithCgoOnOrForDarwinOrWhenTheTagsComeFromAVariable() {
        TestProject project = new TestProject(dir).module("1.22", "net")
                .file("Makefile", "a:\n\tgo build -tags netgo -o bin/a .\n"
                        + "b:\n\tCGO_ENABLED=0 GOOS=darwin go build -tags netgo -o bin/b .\n");
        assertTrue(project.findings(ID).isEmpty(), project.findings().toString());
        TestProject variable = new TestProject(dir)
                .file("Makefile", "TAGS := netgo\nc:\n\tCGO_ENABLED=0 go build -tags $(TAGS) -o bin/c .\n");
        Finding finding = variable.only(ID);
        assertTrue(finding.fixes().isEmpty(), "no edit for a tag written through a variable");
    }
}
