package dev.cgoguard.engine;

import dev.cgoguard.finding.Finding;
import dev.cgoguard.knowledge.Knowledge;
import dev.cgoguard.parse.TreeCache;
import dev.cgoguard.plan.BuildPlanner;
import dev.cgoguard.plan.PlanningCache;
import dev.cgoguard.plan.PlanningResult;
import dev.cgoguard.rules.RuleContext;
import dev.cgoguard.rules.RuleRegistry;
import dev.cgoguard.workspace.FileProblem;
import dev.cgoguard.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The analysis core both front-ends call: workspace -> build plans -> rules -> findings. It keeps
 * parsed trees between runs (so an editor's re-analysis re-parses only what changed) and is safe to
 * call from several threads.
 */
public final class Analyzer {
    private final TreeCache trees;
    private final PlanningCache planning = new PlanningCache();
    private final RuleRegistry rules;
    private final SuppressionParser suppressionParser;

    public Analyzer() {
        this(new TreeCache(), RuleRegistry.builtIn());
    }

    public Analyzer(TreeCache trees, RuleRegistry rules) {
        this.trees = trees;
        this.rules = rules;
        this.suppressionParser = new Suppressions(rules, AnalysisOptions.DEFAULTS).parser();
    }

    public TreeCache trees() {
        return trees;
    }

    /** What planning keeps between runs. */
    public PlanningCache planningCache() {
        return planning;
    }

    public RuleRegistry rules() {
        return rules;
    }

    public AnalysisResult analyze(Workspace workspace, AnalysisOptions options) {
        return analyze(workspace, options, new BuildPlanner(trees, planning, options.buildInputs()).plan(workspace),
                suppressionIndex(workspace, null, null));
    }

    /**
     * The suppression comments of a snapshot: read from every file, or, given the index of an
     * earlier snapshot and the paths changed since, from those paths only.
     */
    SuppressionIndex suppressionIndex(Workspace workspace, SuppressionIndex earlier, Set<String> changed) {
        return earlier == null || changed == null ? SuppressionIndex.scan(workspace, suppressionParser)
                : earlier.withChanges(workspace, changed, suppressionParser);
    }

    /** The findings of plans already made, with the snapshot's suppression comments already read. */
    AnalysisResult analyze(Workspace workspace, AnalysisOptions options, PlanningResult planning, SuppressionIndex suppressions) {
        return analyze(workspace, options, planning, suppressions, null).result();
    }

    /** An analysis and what the Go files kept on disk gave once it had read them. */
    record Analyzed(AnalysisResult result, DiskReads reads) {
    }

    /**
     * The findings of plans already made, with the snapshot's suppression comments already read.
     * {@code earlier}: what the very records of this snapshot gave by an earlier analysis (only the
     * files unread then are looked at again), or null to look at every file.
     */
    Analyzed analyze(Workspace workspace, AnalysisOptions options, PlanningResult planning, SuppressionIndex suppressions,
            DiskReads earlier) {
        RuleContext context = new RuleContext(planning.plans(), planning.makeProblems(), planning.incomplete(),
                new WorkspaceSnippets(workspace), Knowledge.builtIn());
        RuleRunner.Outcome outcome = new RuleRunner(rules, options).run(context);
        List<Finding> findings = new ArrayList<>(UniqueFindings.of(outcome.findings(), rules));
        findings.sort(Finding.ORDER);
        // the rules may have read files too: what was read is looked at once they have run
        DiskReads reads = earlier == null ? DiskReads.of(workspace, suppressionParser) : earlier.since(suppressionParser);
        List<Finding> reported = new Suppressions(rules, options).apply(findings, reads.addTo(suppressions));
        List<FileProblem> problems = reads.problemsOf(workspace);
        return new Analyzed(new AnalysisResult(planning.plans(), List.copyOf(reported), List.copyOf(problems),
                planning.dependencies(), outcome.failures()), reads);
    }
}
