package dev.cgoguard.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.parse.TreeCache;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.rules.PlanRule;
import dev.cgoguard.rules.Rule;
import dev.cgoguard.rules.RuleContext;
import dev.cgoguard.rules.RuleInfo;
import dev.cgoguard.rules.RuleRegistry;
import dev.cgoguard.testing.TestProject;
import dev.cgoguard.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that throws costs only its own findings, and says so with an internal-error finding naming it. */
class RuleIsolationTest {
    @TempDir
    Path root;
    private Workspace workspace;

    @BeforeEach
    void project() {
        workspace = new TestProject(root).goMod("1.22")
                .file("main.go", "package main\n\n// #include <stdlib.h>\nimport \"C\"\n\n"
                        + "import (\n\t\"net\"\n\t\"os/user\"\n)\n\nfunc main() {\n\tnet.LookupHost(\"example.com\")\n\tuser.Current()\n}\n")
                .file("Makefile", "build:\n\tgo build -a -ldflags '-extldflags \"-static\"' -o app .\n"
                        + "tool:\n\tCGO_ENABLED=0 go build -tags netgo -o tool .\n")
                .file("Dockerfile", "FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\n"
                        + "RUN go build -o /out/app .\nFROM alpine:3.19\nCOPY --from=build /out/app /app\n")
                .workspace();
    }

    /** Throws on the plans of one Makefile target only. */
    private static final class ThrowingOnTool implements PlanRule {
        @Override
        public RuleInfo info() {
            return new RuleInfo("throwing-rule", Severity.ERROR, "throws on the tool target");
        }

        @Override
        public void check(BuildPlan plan, RuleContext context, List<Finding> findings) {
            findings.add(new Finding("throwing-rule", Severity.INFO, plan.origin().location(), "seen", List.of(), List.of()));
            if (plan.origin().description().contains("target tool")) {
                throw new IllegalStateException("boom on " + plan.origin().description());
            }
        }
    }

    private static AnalysisResult analyze(Workspace workspace, Rule extra, AnalysisOptions options) {
        List<Rule> rules = new ArrayList<>(RuleRegistry.builtIn().all());
        if (extra != null) {
            rules.add(0, extra);
        }
        return new Analyzer(new TreeCache(), new RuleRegistry(rules)).analyze(workspace, options);
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + "@" + f.location().path() + ":" + (f.location().range().start().line() + 1)
                + " " + f.severity().id()).toList();
    }

    @Test
    void aRuleThatThrowsOnOneCommandCostsOnlyItsFindingThereAndNamesItself() {
        List<String> clean = describe(analyze(workspace, null, AnalysisOptions.DEFAULTS).findings());
        AnalysisResult result = analyze(workspace, new ThrowingOnTool(), AnalysisOptions.DEFAULTS);

        List<String> expected = new ArrayList<>(clean);
        expected.addAll(List.of("throwing-rule@Dockerfile:4 info", "throwing-rule@Makefile:2 info",
                "internal-error@Makefile:4 warning"));
        assertEquals(expected.stream().sorted().toList(), describe(result.findings()).stream().sorted().toList(),
                "every other finding is reported, and the failure once, where it happened");
        assertTrue(clean.size() >= 4, "the project has findings of several rules: " + clean);
        Finding internal = result.findings().stream().filter(f -> f.rule().equals("internal-error")).findFirst().orElseThrow();
        assertTrue(internal.message().contains("rule throwing-rule failed here (IllegalStateException: boom on Makefile target tool)"),
                internal.message());
        assertEquals(1, result.ruleFailures().size());
        assertEquals("throwing-rule", result.ruleFailures().get(0).rule());
    }

    @Test
    void aRuleOverTheWholeWorkspaceThatThrowsIsReportedAtTheFirstCommand() {
        Rule throwing = new Rule() {
            @Override
            public RuleInfo info() {
                return new RuleInfo("whole-workspace-rule", Severity.ERROR, "throws");
            }

            @Override
            public List<Finding> check(RuleContext context) {
                throw new UnsupportedOperationException("not today");
            }
        };
        AnalysisResult result = analyze(workspace, throwing, AnalysisOptions.DEFAULTS);
        List<String> clean = describe(analyze(workspace, null, AnalysisOptions.DEFAULTS).findings());
        List<String> got = new ArrayList<>(describe(result.findings()));
        assertTrue(got.remove("internal-error@Dockerfile:4 warning"), got.toString());
        assertEquals(clean, got);
    }

    @Test
    void theInternalErrorFindingTakesTheConfiguredSeverityOrIsOff() {
        AnalysisOptions hint = new AnalysisOptions(Map.of(), Map.of(), null, Map.of("internal-error", "hint"));
        assertTrue(describe(analyze(workspace, new ThrowingOnTool(), hint).findings()).contains("internal-error@Makefile:4 hint"));
        AnalysisOptions off = new AnalysisOptions(Map.of(), Map.of(), null, Map.of("internal-error", "off"));
        AnalysisResult quiet = analyze(workspace, new ThrowingOnTool(), off);
        assertFalse(describe(quiet.findings()).stream().anyMatch(f -> f.startsWith("internal-error")));
        assertEquals(1, quiet.ruleFailures().size(), "the failure is still kept for the logs");
    }
}
