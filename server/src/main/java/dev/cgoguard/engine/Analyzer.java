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
        RuleContext context = new RuleContext(planning.plans(), planning.makeProblems(), planning.incomplete(),
                new WorkspaceSnippets(workspace), Knowledge.builtIn());
        RuleRunner.Outcome outcome = new RuleRunner(rules, options).run(context);
        List<Finding> findings = new ArrayList<>(UniqueFindings.of(outcome.findings(), rules));
        findings.sort(Finding.ORDER);
        List<Finding> reported = new Suppressions(rules, options).apply(findings,
                suppressions.withFilesReadFromDisk(workspace, suppressionParser));
        List<FileProblem> problems = workspace.problemsFoundSoFar();
        return new AnalysisResult(planning.plans(), List.copyOf(reported), List.copyOf(problems), planning.dependencies(),
                outcome.failures());
    }
}
