package dev.cgoguard.cli;

import dev.cgoguard.engine.Analyzer;
import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Fix;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.parse.TreeCache;
import dev.cgoguard.rules.Rule;
import dev.cgoguard.rules.RuleContext;
import dev.cgoguard.rules.RuleInfo;
import dev.cgoguard.rules.RuleRegistry;
import dev.cgoguard.rules.StaticGlibcNssRule;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Test seams: rules with fixes where the real rules have none yet, and rules that report at given places. */
final class SyntheticRules {
    private SyntheticRules() {
    }

    /**
     * The real static-glibc-nss rule, each finding given a preferred fix that replaces its range with
     * {@code replacement(finding)} (a second, not preferred fix is never applied).
     */
    static Supplier<Analyzer> staticGlibcWithFix(Function<Finding, String> replacement) {
        Rule real = new StaticGlibcNssRule();
        Rule fixing = new Rule() {
            @Override
            public RuleInfo info() {
                return real.info();
            }

            @Override
            public List<Finding> check(RuleContext context) {
                List<Finding> out = new ArrayList<>();
                for (Finding f : real.check(context)) {
                    FileEdit edit = new FileEdit(f.location().path(), f.location().range(), replacement.apply(f));
                    FileEdit wrong = new FileEdit(f.location().path(), f.location().range(), "NOT-PREFERRED");
                    out.add(new Finding(f.rule(), f.severity(), f.location(), f.message(), f.related(),
                            List.of(new Fix("drop the static link", true, List.of(edit)),
                                    new Fix("something else", false, List.of(wrong)))));
                }
                return out;
            }
        };
        return () -> new Analyzer(new TreeCache(), new RuleRegistry(List.of(fixing)));
    }

    /** A rule {@code synthetic} (warning) that reports at each given path and 0-based line, plus the built-in rules. */
    static Supplier<Analyzer> reportingAt(List<SourceLocation> places) {
        Rule synthetic = new Rule() {
            @Override
            public RuleInfo info() {
                return new RuleInfo("synthetic", Severity.WARNING, "reports where a test says");
            }

            @Override
            public List<Finding> check(RuleContext context) {
                return places.stream().map(p -> new Finding("synthetic", Severity.WARNING, p, "synthetic finding",
                        List.of(), List.of())).toList();
            }
        };
        List<Rule> rules = new ArrayList<>(RuleRegistry.builtIn().all());
        rules.add(synthetic);
        return () -> new Analyzer(new TreeCache(), new RuleRegistry(rules));
    }

    static SourceLocation line(String path, int line, int startColumn, int endColumn) {
        return new SourceLocation(path, TextRange.of(line, startColumn, line, endColumn));
    }
}
