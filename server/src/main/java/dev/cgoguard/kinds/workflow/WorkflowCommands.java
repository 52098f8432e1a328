package dev.cgoguard.kinds.workflow;

import dev.cgoguard.ci.Expressions;
import dev.cgoguard.condition.When;
import dev.cgoguard.ci.RunnerInfo;
import dev.cgoguard.ci.WorkflowEvaluation;
import dev.cgoguard.ci.WorkflowJob;
import dev.cgoguard.ci.WorkflowProblem;
import dev.cgoguard.ci.WorkflowReader;
import dev.cgoguard.ci.WorkflowStep;
import dev.cgoguard.gocmd.GoCommandParser;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.host.Host;
import dev.cgoguard.plan.BuildEnvironment;
import dev.cgoguard.plan.CalledScripts;
import dev.cgoguard.plan.CommandSites;
import dev.cgoguard.plan.EvaluationProblem;
import dev.cgoguard.plan.GoCommandSite;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.plan.Platform;
import dev.cgoguard.plan.ShellStops;
import dev.cgoguard.plan.SourceCommands;
import dev.cgoguard.plan.WorkspacePaths;
import dev.cgoguard.shell.ScriptEvaluation;
import dev.cgoguard.shell.ShellCache;
import dev.cgoguard.shell.ShellState;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.shell.SimpleCommand;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The go commands of a GitHub Actions workflow's {@code run:} steps, built on the job's runner or
 * container with the Go version an {@code actions/setup-go} step set up. Where the binary runs
 * afterwards is not known from the workflow.
 */
final class WorkflowCommands {
    private WorkflowCommands() {
    }

    static SourceCommands find(Workspace workspace, WorkspaceFile workflow, ShellCache shell, Host host) {
        WorkflowEvaluation evaluation = WorkflowReader.read(workflow);
        List<GoCommandSite> sites = new ArrayList<>();
        java.util.Set<String> scriptsRead = new java.util.TreeSet<>();
        List<EvaluationProblem> incomplete = new ArrayList<>();
        for (WorkflowProblem problem : evaluation.problems()) {
            incomplete.add(new EvaluationProblem("workflow", new SourceLocation(workflow.path(), problem.range()),
                    "cgoguard could not read this workflow: " + problem.message(),
                    "the go commands of its run steps are not checked"));
        }
        for (WorkflowJob job : evaluation.jobs()) {
            for (WorkflowStep step : job.steps()) {
                if (step.script() == null) {
                    continue;
                }
                SourceText text = new SourceText(Expressions.masked(step.script().text()));
                String directory = directory(step.workingDirectory());
                Platform runsOn = host(job.runner(), host);
                ScriptEvaluation script = shell.evaluate(text.text(), ShellState.of(step.env(), directory,
                        runsOn.assumed() ? host : new Host(runsOn.goos(), runsOn.goarch(), null)));
                if (!script.complete()) {
                    TextRange at = script.stoppedAt() == null ? step.location().range() : step.script().fileRange(
                            text.offsetAt(script.stoppedAt().start()), text.offsetAt(script.stoppedAt().end()));
                    incomplete.add(ShellStops.problem(script, new SourceLocation(workflow.path(), at), "run step"));
                }
                CalledScripts scripts = new CalledScripts(workspace, shell,
                        runsOn.assumed() ? host : new Host(runsOn.goos(), runsOn.goarch(), null));
                for (SimpleCommand command : script.commands()) {
                    GoInvocation invocation = GoCommandParser.parse(command).orElse(null);
                    if (invocation == null) {
                        scripts.scriptOf(command).ifPresent(called -> {
                            scriptsRead.add(called.path());
                            for (CalledScripts.GoCommand go : scripts.goCommands(command, called)) {
                                List<dev.cgoguard.condition.Condition> conditions = new ArrayList<>(command.conditions());
                                conditions.addAll(go.conditions());
                                sites.add(site(workflow, job, step, go.command(), go.invocation(), runsOn,
                                        new PlanOrigin(PlanOrigin.Kind.SCRIPT, go.script() + " run by " + workflow.path()
                                                + " job " + job.id(), go.location()), When.all(conditions)));
                            }
                        });
                        continue;
                    }
                    TextRange range = command.range() == null ? step.location().range()
                            : step.script().fileRange(text.offsetAt(command.range().start()), text.offsetAt(command.range().end()));
                    sites.add(site(workflow, job, step, command, invocation, range, runsOn));
                }
            }
        }
        return new SourceCommands(sites, incomplete, List.of(), scriptsRead);
    }

    private static GoCommandSite site(WorkspaceFile workflow, WorkflowJob job, WorkflowStep step, SimpleCommand command,
            GoInvocation invocation, TextRange range, Platform runsOn) {
        return site(workflow, job, step, command, invocation, runsOn, new PlanOrigin(PlanOrigin.Kind.WORKFLOW,
                workflow.path() + " job " + job.id(), new SourceLocation(workflow.path(), range)), When.all(command.conditions()));
    }

    private static GoCommandSite site(WorkspaceFile workflow, WorkflowJob job, WorkflowStep step, SimpleCommand command,
            GoInvocation invocation, Platform runsOn, PlanOrigin origin, When conditions) {
        String where = job.container() != null ? "container " + job.container()
                : "runner " + (job.runner().label() == null ? "(unknown)" : job.runner().label());
        String goVersion = step.goVersion() != null && step.goVersion().known() && !step.goVersion().text().contains("go.mod")
                ? step.goVersion().text() : null;
        SourceLocation envLocation = job.runner().location() != null ? job.runner().location() : job.location();
        BuildEnvironment build = new BuildEnvironment("job " + job.id() + " on " + where, step.buildFacts(), goVersion, envLocation,
                step.goVersion() != null ? step.goVersionLocation() : null);
        return CommandSites.of(origin, command, invocation, conditions, command.workingDirectory(), runsOn, build, null);
    }

    private static String directory(ShellValue workingDirectory) {
        if (workingDirectory == null) {
            return "";
        }
        return workingDirectory.known() ? WorkspacePaths.normalize(workingDirectory.text()) : null;
    }

    /** The platform a job runs on: its runner's, or the modelled host for a runner the table does not know. */
    private static Platform host(RunnerInfo runner, Host host) {
        String label = runner.label() == null ? "" : runner.label();
        if (Boolean.TRUE.equals(runner.linux())) {
            return Platform.known("linux", label.contains("arm") ? "arm64" : "amd64");
        }
        if (label.startsWith("macos")) {
            return Platform.known("darwin", label.contains("13") && !label.contains("xlarge") ? "amd64" : "arm64");
        }
        if (label.startsWith("windows")) {
            return Platform.known("windows", "amd64");
        }
        return Platform.modelled(host);
    }
}
