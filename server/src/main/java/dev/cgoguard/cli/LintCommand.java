package dev.cgoguard.cli;

import dev.cgoguard.config.EffectiveSettings;
import dev.cgoguard.config.SettingsOverrides;
import dev.cgoguard.engine.AnalysisResult;
import dev.cgoguard.engine.Analyzer;
import dev.cgoguard.engine.RuleFailure;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.finding.Severity;
import dev.cgoguard.workspace.FileProblem;
import dev.cgoguard.workspace.PathGate;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.ScanLimits;
import dev.cgoguard.workspace.WorkspaceScanner;
import dev.cgoguard.workspace.WorkspaceTooLargeException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cgoguard lint}: its model is {@link #spec()}. */
final class LintCommand implements Callable<Integer> {
    CommandSpec spec;
    List<Path> paths = new ArrayList<>();
    String failOn = "warning";
    Path config;
    List<String> enable = new ArrayList<>();
    List<String> disable = new ArrayList<>();
    List<String> exclude = new ArrayList<>();
    List<String> fixChoices = new ArrayList<>();

    /** Set when --fix is given, with or without a choice. */
    boolean fix;

    /** Set when --fix is given without a choice: it asks to write, which --diff contradicts; a choice alone only picks what --diff shows. */
    boolean fixWithoutChoice;

    boolean diff;
    String fixLevel;
    final ReportOptions report = new ReportOptions();
    final AnalysisSettingsOptions settings = new AnalysisSettingsOptions();
    final ScanLimitOptions scanLimits = new ScanLimitOptions();

    private final Supplier<Analyzer> analyzers;
    private final Path workingDirectory;

    LintCommand() {
        this(Analyzer::new, Paths.get(""));
    }

    /** @param workingDirectory the folder paths are shown from (the current directory, or another in tests) */
    LintCommand(Supplier<Analyzer> analyzers, Path workingDirectory) {
        this.analyzers = analyzers;
        this.workingDirectory = workingDirectory;
    }

    /** The command's picocli model, which fills the fields above. */
    CommandSpec spec() {
        spec = CommandModel.command(this, "lint", new RootCommand.Version(),
                "Report build configurations that crash or fail to start in production.");
        spec.usageMessage().footer("", "Exit status: 0 no finding at or above --fail-on, 1 findings, 2 usage, settings or internal error, or a"
                + " folder over the --max-files limit. --diff exits as lint does on the files as they are.");
        spec.addPositional(CommandModel.parameters("PATH", List.class, () -> paths, v -> paths = v,
                "Files or directories to lint, recursively (default: the current directory)."
                        + " A file reports every finding it takes part in, where it is or as a related place.")
                .auxiliaryTypes(Path.class).arity("0..*").build());
        spec.addOption(CommandModel.option("--fail-on", "LEVEL", String.class, () -> failOn, v -> failOn = v,
                "Exit 1 when a finding at or above this level exists: error, warning, info, hint or none (default: warning).").build());
        spec.addOption(CommandModel.option("--config", "FILE", Path.class, () -> config, v -> config = v,
                "The settings file (default: the nearest .cgoguard.yaml above each linted path, up to the git root).").build());
        spec.addOption(CommandModel.option("--enable", "RULE", List.class, () -> enable, v -> enable = v,
                "Turn a rule on (repeatable; comma lists allowed).").auxiliaryTypes(String.class).splitRegex(",").build());
        spec.addOption(CommandModel.option("--disable", "RULE", List.class, () -> disable, v -> disable = v,
                "Turn a rule off (repeatable; comma lists allowed).").auxiliaryTypes(String.class).splitRegex(",").build());
        spec.addOption(CommandModel.option("--exclude", "GLOB", List.class, () -> exclude, v -> exclude = v,
                "Leave out workspace-relative paths matching the glob (repeatable).").auxiliaryTypes(String.class).build());
        spec.addOption(CommandModel.option("--fix", "RULE:ALTERNATIVE", List.class, () -> fixChoices, v -> fixChoices = v,
                "Apply the preferred fixes of the findings at or above --fix-level, re-lint and repeat until"
                        + " nothing changes, then report what is left.",
                "--fix=RULE:ALTERNATIVE (repeatable) applies that fix of the rule instead of its preferred one,"
                        + " e.g. --fix=static-glibc-nss:dynamic (a finding without that fix is left as it is);"
                        + " 'cgoguard explain RULE' names a rule's fixes.")
                .auxiliaryTypes(String.class).arity("0..1").preprocessor(new FixOption()).build());
        spec.addOption(CommandModel.option("--diff", null, boolean.class, () -> diff, v -> diff = v,
                "Print the fixes --fix would make as a unified diff and change nothing.").build());
        spec.addOption(CommandModel.option("--fix-level", "LEVEL", String.class, () -> fixLevel, v -> fixLevel = v,
                "The findings whose fixes --fix and --diff apply: error, warning, info or hint and above"
                        + " (default: the --fail-on level; warning with --fail-on none).").build());
        report.addTo(spec);
        settings.addTo(spec);
        scanLimits.addTo(spec);
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (fixWithoutChoice && diff) {
            err.println("cgoguard: --fix and --diff cannot be used together: --diff prints what --fix would write");
            return ExitCodes.ERROR;
        }
        Severity threshold = null;
        if (!failOn.equalsIgnoreCase("none")) {
            threshold = Severity.parse(failOn).orElse(null);
            if (threshold == null) {
                err.println("cgoguard: --fail-on takes error, warning, info, hint or none, not '" + failOn + "'");
                return ExitCodes.ERROR;
            }
        }
        Severity fixThreshold = threshold == null ? Severity.WARNING : threshold;
        if (fixLevel != null) {
            fixThreshold = Severity.parse(fixLevel).orElse(null);
            if (fixThreshold == null) {
                err.println("cgoguard: --fix-level takes error, warning, info or hint, not '" + fixLevel + "'");
                return ExitCodes.ERROR;
            }
        }
        List<ReportOptions.Destination> destinations = report.destinations(err);
        Boolean color = report.color(err, System.console() != null, System.getenv("NO_COLOR"));
        Severity minimum = report.minSeverity(err);
        if (destinations == null || color == null || minimum == null) {
            return ExitCodes.ERROR;
        }
        ScanLimits limits = scanLimits.limits(err);
        if (limits == null) {
            return ExitCodes.ERROR;
        }
        Analyzer analyzer = analyzers.get();
        CommandLineSettings resolver = new CommandLineSettings(analyzer.rules(), err);
        SettingsOverrides overrides = resolver.overrides(settings, enable, disable, exclude, fixChoices);
        if (overrides == null) {
            return ExitCodes.ERROR;
        }
        List<LintTarget> targets;
        try {
            targets = LintTarget.of(paths, workingDirectory);
        } catch (IOException e) {
            err.println("cgoguard: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        Map<LintTarget, EffectiveSettings> settingsByTarget = new LinkedHashMap<>();
        for (LintTarget target : targets) {
            EffectiveSettings resolved = resolver.forTarget(target, config, overrides);
            if (resolved == null) {
                return ExitCodes.ERROR;
            }
            settingsByTarget.put(target, resolved);
        }
        final Severity fixAt = fixThreshold;
        // with --diff, a --fix=RULE:ALTERNATIVE only chooses what the diff shows
        final boolean writes = fix && !diff;
        List<ReportedFinding> reported = new ArrayList<>();
        List<PendingFixes> pending = new ArrayList<>();
        boolean incomplete = false;
        try (ProgressLine progress = ProgressLine.start(err)) {
            int index = 0;
            for (LintTarget target : targets) {
                progress.update("linting " + target.workspaceRoot().getFileName() + " (" + ++index + "/" + targets.size() + ")");
                EffectiveSettings lintSettings = settingsByTarget.get(target);
                Workspace workspace;
                try {
                    workspace = new WorkspaceScanner(lintSettings.excludes(), limits).scan(target.workspaceRoot());
                } catch (WorkspaceTooLargeException e) {
                    err.println("cgoguard: " + e.getMessage());
                    incomplete = true;
                    continue;
                }
                AnalysisResult result = analyzer.analyze(workspace, lintSettings.options());
                if (fix || diff) {
                    ChosenFixes chosen = new ChosenFixes(overrides.fixes(), target);
                    FixRounds.Outcome outcome = new FixRounds(analyzer, lintSettings.options())
                            .run(workspace, result, f -> target.reports(f) && f.severity().atLeast(fixAt) && chosen.allows(f));
                    pending.add(new PendingFixes(target, workspace.gate(), outcome, chosen.notFixed()));
                    if (writes) {
                        result = outcome.result();
                    }
                }
                for (RuleFailure failure : result.ruleFailures()) {
                    if (failure.location() == null) {
                        err.println("cgoguard: internal error: the rule " + failure.rule() + " failed (" + failure.error()
                                + "); its findings are missing");
                    }
                }
                for (FileProblem problem : result.problems()) {
                    if (target.includes(target.workspaceRoot().resolve(problem.path()))) {
                        err.println("cgoguard: " + target.local(problem.path()) + ": " + problem.message());
                    }
                }
                int before = reported.size();
                for (Finding finding : result.findings()) {
                    if (target.reports(finding)) {
                        reported.add(new ReportedFinding(target, finding));
                    }
                }
                NothingLinted.notes(target, workspace, result, reported.size() > before).forEach(err::println);
            }
        }
        reported.sort(ReportedFinding.ORDER);
        List<ReportedFinding> shown = reported.stream().filter(r -> r.finding().severity().atLeast(minimum)).toList();
        Summary summary = Summary.of(shown, reported.size() - shown.size(), minimum);
        if (writes) {
            pending.forEach(p -> p.write(err));
        } else {
            pending.forEach(p -> p.notFixed().forEach(err::println));
        }
        Path displayRoot = targets.isEmpty() ? workingDirectory.toAbsolutePath() : targets.get(0).displayRoot();
        for (ReportOptions.Destination destination : destinations) {
            if (destination.file().isPresent()) {
                ReportContext context = new ReportContext(analyzer.rules(), RootCommand.Version.number(), false, displayRoot);
                try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(destination.file().get(), StandardCharsets.UTF_8))) {
                    destination.format().reporter().report(shown, context, file);
                    if (file.checkError()) {
                        throw new IOException("the write failed");
                    }
                } catch (IOException e) {
                    err.println("cgoguard: cannot write " + destination.file().get() + ": " + e.getMessage());
                    return ExitCodes.ERROR;
                }
            } else if (diff) {
                pending.forEach(p -> p.printDiff(out));
            } else {
                ReportContext context = new ReportContext(analyzer.rules(), RootCommand.Version.number(), color, displayRoot);
                destination.format().reporter().report(shown, context, out);
                String line = summary.line();
                if (destination.format().summarized() && !line.isEmpty()) {
                    out.println(color ? TextReporter.BOLD + line + TextReporter.RESET : line);
                }
            }
        }
        out.flush();
        err.flush();
        final Severity failAt = threshold;
        boolean failing = failAt != null && shown.stream().anyMatch(r -> r.finding().severity().atLeast(failAt));
        return incomplete ? ExitCodes.ERROR : failing ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    /** The fixes computed for one target, printed as a diff or written to disk through its workspace's gate. */
    private record PendingFixes(LintTarget target, PathGate gate, FixRounds.Outcome outcome, List<String> notFixed) {
        void printDiff(PrintWriter out) {
            for (FixRounds.FileChange change : outcome.changes()) {
                DiffPrinter.print(target.local(change.path()), change.original(), change.fixed(), out);
            }
        }

        void write(PrintWriter err) {
            notFixed.forEach(err::println);
            outcome.refused().forEach((path, why) -> err.println("cgoguard: not fixing " + target.local(path) + ": " + why));
            for (FixRounds.FileChange change : outcome.changes()) {
                String shown = target.local(change.path());
                try {
                    FixWriter.write(gate, gate.root().resolve(change.path()), change.original(), change.fixed());
                    err.println("fixed: " + shown + " (" + change.edits() + (change.edits() == 1 ? " edit)" : " edits)"));
                } catch (IOException e) {
                    err.println("cgoguard: not fixing " + shown + ": " + e.getMessage());
                }
            }
        }
    }
}
