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
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cgoguard plan}: its model is {@link #spec()}. */
final class PlanCommand implements Callable<Integer> {
    enum Format { text, json }

    CommandSpec spec;
    List<Path> paths = new ArrayList<>();
    Format format = Format.text;
    Path config;
    final AnalysisSettingsOptions settings = new AnalysisSettingsOptions();
    final ScanLimitOptions scanLimits = new ScanLimitOptions();

    /** The command's picocli model, which fills the fields above. */
    CommandSpec spec() {
        spec = CommandModel.command(this, "plan", null,
                "Print the resolved build plan of every go command: cgo, link mode, static or dynamic, and why.");
        spec.addPositional(CommandModel.parameters("PATH", List.class, () -> paths, v -> paths = v,
                "Files or directories (default: the current directory).").auxiliaryTypes(Path.class).arity("0..*").build());
        spec.addOption(CommandModel.option("--format", "FORMAT", Format.class, () -> format, v -> format = v,
                "Output format: ${COMPLETION-CANDIDATES} (default: text).").build());
        spec.addOption(CommandModel.option("--config", "FILE", Path.class, () -> config, v -> config = v,
                "The settings file to use instead of the nearest .cgoguard.yaml.").build());
        settings.addTo(spec);
        scanLimits.addTo(spec);
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<LintTarget> targets;
        try {
            targets = LintTarget.of(paths, Paths.get(""));
        } catch (IOException e) {
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
