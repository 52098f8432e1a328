package dev.cgoguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObsoleteBuildFlagRuleTest {
    private static final String ID = ObsoleteBuildFlagRule.INFO.id();

    @TempDir
    Path dir;

    @Test
    void oneFixRemovesBothFlags() {
        TestProject project = new TestProject(dir).module("1.22", "fmt")
                .file("Dockerfile", "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -a -installsuffix cgo -o /out/a .\n");
        Finding finding = project.only(ID);
        assertEquals(Severity.INFO, finding.severity());
        assertEquals(3, finding.location().range().start().line());
        assertTrue(finding.message().contains("-a and -installsuffix cgo are obsolete"), finding.message());
        assertEquals(1, finding.fixes().size());
        String fixed = project.apply(finding.fixes().get(0), "Dockerfile");
        assertEquals("FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/a .\n", fixed);
        assertTrue(project.findings(ID).isEmpty());
    }

    @Test
    void aSingleFlagAndAnUnknownVersion() {
        TestProject project = new TestProject(dir).file("go.mod", "module example.com/app\n")
                .file("main.go", "package main\n\nfunc main() {}\n")
                .file("build.sh", "#!/bin/sh\ngo install -a ./...\n");
        Finding finding = project.only(ID);
        assertTrue(finding.message().contains("assumes Go 1.10 or later"), finding.message());
        assertEquals("#!/bin/sh\ngo install ./...\n", project.apply(finding.fixes().get(0), "build.sh"));
    }

    @Test
    void notReportedBeforeGo110OrWithoutTheFlags() {
        TestProject project = new TestProject(dir).module("1.9", "fmt")
                .file("Makefile", "b:\n\tgo build -a -installsuffix cgo -o bin/a .\n");
        assertTrue(project.findings(ID).isEmpty());
        new TestProject(dir).module("1.22", "fmt").file("Makefile", "b:\n\tgo build -o bin/a .\n");
        assertTrue(new TestProject(dir).findings(ID).isEmpty());
    }
}
