package dev.cgoguard.cli;

import dev.cgoguard.config.EffectiveSettings;
import dev.cgoguard.config.SettingsOverrides;
import dev.cgoguard.engine.AnalysisResult;
import dev.cgoguard.engine.Analyzer;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.workspace.ScanLimits;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceScanner;
import dev.cgoguard.workspace.WorkspaceTooLargeException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Print the resolved build plan of every go command: cgo, link mode, static or dynamic, and why.")
final class PlanCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "Files or directories (default: the current directory).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES} (default: text).")
    Format format = Format.text;

    @Option(names = "--config", paramLabel = "FILE", description = "The settings file to use instead of the nearest .cgoguard.yaml.")
    Path config;

    @Mixin
    AnalysisSettingsOptions settings;

    @Mixin
    ScanLimitOptions scanLimits;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<LintTarget> targets;
        try {
            targets = LintTarget.of(paths, Paths.get(""));
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("cgoguard: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        ScanLimits limits = scanLimits.limits(spec.commandLine().getErr());
        if (limits == null) {
            return ExitCodes.ERROR;
        }
        boolean incomplete = false;
        Analyzer analyzer = new Analyzer();
        CommandLineSettings resolver = new CommandLineSettings(analyzer.rules(), spec.commandLine().getErr());
        SettingsOverrides overrides = resolver.overrides(settings, List.of(), List.of(), List.of());
        if (overrides == null) {
            return ExitCodes.ERROR;
        }
        List<PlanPrinter.Entry> entries = new ArrayList<>();
        for (LintTarget target : targets) {
            EffectiveSettings resolved = resolver.forTarget(target, config, overrides);
            if (resolved == null) {
                return ExitCodes.ERROR;
            }
            Workspace workspace;
            try {
                workspace = new WorkspaceScanner(resolved.excludes(), limits).scan(target.workspaceRoot());
            } catch (WorkspaceTooLargeException e) {
                spec.commandLine().getErr().println("cgoguard: " + e.getMessage());
                incomplete = true;
                continue;
            }
            AnalysisResult result = analyzer.analyze(workspace, resolved.options());
            for (BuildPlan plan : result.plans()) {
                if (target.includes(target.workspaceRoot().resolve(plan.origin().location().path()))) {
                    entries.add(new PlanPrinter.Entry(target, plan));
                }
            }
        }
        if (format == Format.json) {
            PlanPrinter.json(entries, out);
        } else {
            PlanPrinter.text(entries, out);
        }
        out.flush();
        return incomplete ? ExitCodes.ERROR : ExitCodes.CLEAN;
    }
}
