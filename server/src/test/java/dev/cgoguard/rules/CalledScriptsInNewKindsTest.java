package dev.cgoguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.testing.TestProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Taskfile task, a justfile recipe and a GitLab CI job that run a workspace script give it their
 * variables: the script's go command is read as they run it, and the finding sits in the script.
 */
class CalledScriptsInNewKindsTest {
    private static final String ID = StaticGlibcNssRule.INFO.id();
    private static final String MAIN = "package main\n\nimport (\n\t\"net\"\n\t\"os/user\"\n\n\t\"C\"\n)\n\n"
            + "func main() {\n\tnet.LookupHost(\"example.com\")\n\tuser.Current()\n}\n";
    private static final String SCRIPT = "#!/bin/sh\ngo build -ldflags \"$LDFLAGS\" -o app .\n";

    @TempDir
    Path dir;

    private List<Finding> warnings(TestProject project) {
        return project.findings(ID).stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    private TestProject project() {
        return new TestProject(dir).goMod("1.22").file("main.go", MAIN).file("scripts/build.sh", SCRIPT);
    }

    private static void assertInScript(List<Finding> findings) {
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("scripts/build.sh", findings.get(0).location().path());
        assertEquals(1, findings.get(0).location().range().start().line());
    }

    @Test
    void aTaskfileTaskRunsTheScriptWithItsEnvironment() {
        assertInScript(warnings(project().file("Taskfile.yml", "version: '3'\n\ntasks:\n  static:\n    env:\n"
                + "      LDFLAGS: -extldflags -static\n    cmds:\n      - ./scripts/build.sh\n")));
    }

    @Test
    void aJustfileRecipeRunsTheScriptWithItsVariables() {
        assertInScript(warnings(project().file("justfile", "static:\n    LDFLAGS='-extldflags -static' ./scripts/build.sh\n")));
    }

    @Test
    void aGitlabJobRunsTheScriptWithItsVariables() {
        assertInScript(warnings(project().file(".gitlab-ci.yml", "build:\n  image: golang:1.22-bookworm\n  variables:\n"
                + "    LDFLAGS: -extldflags -static\n  script:\n    - sh scripts/build.sh\n")));
    }

    @Test
    void aTaskRunningTheScriptWithoutTheStaticFlagIsNotReported() {
        assertEquals(List.of(), warnings(project().file("Taskfile.yml", "version: '3'\n\ntasks:\n  build:\n    env:\n"
                + "      LDFLAGS: -s\n    cmds:\n      - ./scripts/build.sh\n")));
    }
}
