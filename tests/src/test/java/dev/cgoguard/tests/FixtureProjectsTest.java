package dev.cgoguard.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lints every fixture project in-process and compares the JSON report with its expected.json, fixes
 * included. {@code mvn -B -pl grammars,server,tests test -Dtest=FixtureProjectsTest -Dcgoguard.updateExpected=true}
 * rewrites the expected files from the reports instead, for review in the diff.
 */
class FixtureProjectsTest {
    @TempDir
    Path scratch;

    static Stream<String> fixtures() {
        return Fixtures.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void lintReportMatchesExpected(String fixture) throws IOException {
        Path project = Fixtures.copy(fixture, scratch);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), "lint", "--format", "json", project.toString());
        assertTrue(exit == 0 || exit == 1, "exit code 0 or 1, was " + exit + ": " + err);
        if (FindingsAssert.UPDATE) {
            FindingsAssert.rewrite(Fixtures.root().resolve(fixture).resolve("expected.json"), out.toString(), project);
            return;
        }
        FindingsAssert.assertMatches(fixture, Fixtures.expected(fixture), out.toString(), project);
        boolean warnings = out.toString().contains("\"severity\": \"error\"") || out.toString().contains("\"severity\": \"warning\"");
        assertEquals(warnings ? 1 : 0, exit, "exit code follows the findings at warning or above");
    }
}
