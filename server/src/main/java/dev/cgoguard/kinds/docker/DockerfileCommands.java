package dev.cgoguard.kinds.docker;

import dev.cgoguard.cache.Identity;
import dev.cgoguard.condition.Condition;
import dev.cgoguard.docker.ArtifactPlacement;
import dev.cgoguard.docker.CopyOrigin;
import dev.cgoguard.docker.DockerCopy;
import dev.cgoguard.docker.DockerEvaluation;
import dev.cgoguard.docker.DockerProblem;
import dev.cgoguard.docker.DockerRun;
import dev.cgoguard.docker.DockerStage;
import dev.cgoguard.docker.DockerfileEvaluator;
import dev.cgoguard.gocmd.GoCommandParser;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.host.Host;
import dev.cgoguard.plan.BuildEnvironment;
import dev.cgoguard.plan.BuildInputs;
import dev.cgoguard.plan.CgoDecider;
import dev.cgoguard.plan.CommandSites;
import dev.cgoguard.plan.ContextArtifact;
import dev.cgoguard.plan.EvaluationProblem;
import dev.cgoguard.plan.GoCommandSite;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.plan.PlanningCache;
import dev.cgoguard.plan.Platform;
import dev.cgoguard.plan.RunEnvironment;
import dev.cgoguard.plan.ShellStops;
import dev.cgoguard.plan.SourceCommands;
import dev.cgoguard.plan.WorkspacePaths;
import dev.cgoguard.shell.ScriptEvaluation;
import dev.cgoguard.shell.ShellCache;
import dev.cgoguard.shell.ShellState;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.shell.ShellWord;
import dev.cgoguard.shell.SimpleCommand;
import dev.cgoguard.workspace.MappedText;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The go commands of a Dockerfile's {@code RUN} instructions, each with the stage it builds in
 * (image facts after the stage's package installs, Go version, platform) and, when its output is
 * copied into the image that is the build's result, where it runs.
 */
public final class DockerfileCommands {
    private static final Set<String> TARGET_PLATFORM_ARGS = Set.of("TARGETOS", "TARGETARCH", "TARGETPLATFORM", "TARGETVARIANT");

    private DockerfileCommands() {
    }

    static SourceCommands find(Workspace workspace, WorkspaceFile dockerfile, BuildInputs inputs, PlanningCache cache) {
        return find(workspace, dockerfile, inputs, cache, null, List.of());
    }

    /** What a Dockerfile's go commands depend on besides the snapshot: its version, the build's arguments, target and host, and the context. */
    private record FindKey(Identity<WorkspaceFile> dockerfile, Map<String, String> buildArgs, String targetStage, Host host,
            String context) {
        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof FindKey that
                    && Objects.equals(dockerfile, that.dockerfile)
                    && Objects.equals(buildArgs, that.buildArgs)
                    && Objects.equals(targetStage, that.targetStage)
                    && Objects.equals(host, that.host)
                    && Objects.equals(context, that.context);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(dockerfile);
            hash = 31 * hash + Objects.hashCode(buildArgs);
            hash = 31 * hash + Objects.hashCode(targetStage);
            hash = 31 * hash + Objects.hashCode(host);
            hash = 31 * hash + Objects.hashCode(context);
            return hash;
        }
    }

    /**
     * The go commands of a Dockerfile built with {@code inputs}' build arguments and target stage,
     * from the build context {@code context} (a workspace folder; null: the Dockerfile's folder, or
     * the root when the copied sources exist only there), each under {@code conditions} (a bake
     * target that builds it, say). Builds alike (the Dockerfile's own plan and the bake targets that
     * give the same arguments, target and context) are evaluated once per snapshot.
     */
    public static SourceCommands find(Workspace workspace, WorkspaceFile dockerfile, BuildInputs inputs, PlanningCache cache,
            String context, List<Condition> conditions) {
        SourceCommands found = cache.forSnapshot(workspace, new FindKey(new Identity<>(dockerfile), inputs.buildArgs(),
                inputs.targetStage(), inputs.host(), context), () -> evaluate(workspace, dockerfile, inputs, cache, context));
        if (conditions.isEmpty()) {
            return found;
        }
        return new SourceCommands(found.sites().stream().map(site -> site.alsoWhen(conditions)).toList(), found.incomplete(),
                found.makeProblems(), found.filesRead(), found.artifacts());
    }

    /**
     * Evaluates the stages of a Dockerfile built with {@code inputs}' build arguments, as
     * {@link #find} does, and keeps them in {@code cache}. Builds evaluated one after another share
     * every stage that reads nothing their arguments set differently; builds evaluated side by side
     * from the start would each evaluate such a stage (and run its shell scripts) once more.
     */
    public static void evaluateStages(WorkspaceFile dockerfile, BuildInputs inputs, PlanningCache cache) {
        cache.dockerfile(dockerfile, withEnginePlatform(inputs), null);
    }

    private static SourceCommands evaluate(Workspace workspace, WorkspaceFile dockerfile, BuildInputs inputs,
            PlanningCache cache, String context) {
        ShellCache shell = cache.shell();
        DockerEvaluation evaluation = cache.dockerfile(dockerfile, withEnginePlatform(inputs), inputs.targetStage());
        String contextDirectory = context != null ? context : ContextMapping.contextDirectory(workspace, dockerfile.path(), evaluation);
        ContextMapping mapping = cache.forSnapshot(workspace, new MappingKey(new Identity<>(evaluation.stages()), contextDirectory),
                () -> ContextMapping.withContext(workspace, contextDirectory, evaluation));
        Placements placements = (stageIndex, path) -> cache.forSnapshot(workspace,
                new PlacementKey(new Identity<>(evaluation.stages()), evaluation.runStage(), stageIndex, path),
                () -> DockerfileEvaluator.whereItRuns(evaluation, stageIndex, path));
        List<GoCommandSite> sites = new ArrayList<>();
        List<EvaluationProblem> incomplete = new ArrayList<>();
        for (DockerProblem problem : evaluation.problems()) {
            incomplete.add(new EvaluationProblem("dockerfile", new SourceLocation(dockerfile.path(),
                    problem.range() == null ? TextRange.of(0, 0, 0, 0) : problem.range()),
                    "cgoguard could not read this Dockerfile completely: " + problem.message(),
                    "what this instruction sets is not known, so findings of this Dockerfile may be missing"));
        }
        Set<String> targetPlatformArgsGiven = targetPlatformArgsGiven(inputs);
        for (DockerStage stage : evaluation.stages()) {
            Platform platform = stage.runs().isEmpty() ? null : platform(stage, inputs.host());
            for (DockerRun run : stage.runs()) {
                RunCommands found = cache.forSnapshot(workspace, new RunKey(new Identity<>(stage), new Identity<>(run),
                        targetPlatformArgsGiven, inputs.host()), () -> goCommands(stage, run, inputs, shell, platform));
                incomplete.addAll(found.incomplete());
                for (GoCommand command : found.commands()) {
                    sites.add(site(dockerfile, mapping, stage, command.located(), command.invocation(), platform,
                            placements));
                }
            }
        }
        return new SourceCommands(sites, incomplete, List.of(), Set.of(), artifacts(contextDirectory, evaluation, placements));
    }

    /** The workspace files the Dockerfile copies from its build context into the image it produces. */
    private static List<ContextArtifact> artifacts(String context, DockerEvaluation evaluation, Placements placements) {
        List<ContextArtifact> artifacts = new ArrayList<>();
        for (DockerStage stage : evaluation.stages()) {
            for (DockerCopy copy : stage.copies()) {
                if (copy.from().kind() != CopyOrigin.Kind.CONTEXT || copy.destination() == null) {
                    continue;
                }
                for (String source : copy.sources()) {
                    if (source.contains("*") || source.contains("?") || source.endsWith("/")) {
                        continue;
                    }
                    String inWorkspace = WorkspacePaths.join(context, source);
                    String name = source.substring(source.lastIndexOf('/') + 1);
                    String target = copy.destinationIsDirectory() ? WorkspacePaths.join(copy.destination(), name)
                            : copy.destination();
                    if (inWorkspace == null || inWorkspace.startsWith("..")) {
                        continue;
                    }
                    placements.whereItRuns(stage.index(), target).ifPresent(placement -> {
                        RunEnvironment run = runEnvironment(placement);
                        artifacts.add(new ContextArtifact(inWorkspace, new RunEnvironment(run.description(), run.facts(),
                                run.fromLocation(), run.copyLocation() != null ? run.copyLocation() : copy.location(),
                                run.binaryPath(), run.timeZone())));
                    });
                }
            }
        }
        return artifacts;
    }

    /**
     * The build arguments, with the platform BuildKit predefines taken from the modelled host where
     * they do not say it: the engine builds for its own platform, Linux on the host's architecture.
     */
    private static Map<String, String> withEnginePlatform(BuildInputs inputs) {
        Map<String, String> args = new LinkedHashMap<>(inputs.buildArgs());
        String engine = "linux/" + inputs.host().goarch();
        args.putIfAbsent("BUILDPLATFORM", engine);
        args.putIfAbsent("TARGETPLATFORM", engine);
        return args;
    }

    /**
     * What maps a build's stage directories to the workspace: the stages evaluated (the targets of
     * one set of arguments share them) and the build context.
     */
    private record MappingKey(Identity<List<DockerStage>> stages, String context) {
        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof MappingKey that
                    && Objects.equals(stages, that.stages)
                    && Objects.equals(context, that.context);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(stages);
            hash = 31 * hash + Objects.hashCode(context);
            return hash;
        }
    }

    /** Where a file built in a stage of one evaluation runs ({@link DockerfileEvaluator#whereItRuns}). */
    private interface Placements {
        Optional<ArtifactPlacement> whereItRuns(int stageIndex, String path);
    }

    /**
     * What the place a built file runs in depends on: the stages evaluated (the targets of one set of
     * arguments share them), the stage built as the result, and the file.
     */
    private record PlacementKey(Identity<List<DockerStage>> stages, int runStage, int stageIndex, String path) {
        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof PlacementKey that
                    && Objects.equals(stages, that.stages)
                    && runStage == that.runStage
                    && stageIndex == that.stageIndex
                    && Objects.equals(path, that.path);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(stages);
            hash = 31 * hash + Integer.hashCode(runStage);
            hash = 31 * hash + Integer.hashCode(stageIndex);
            hash = 31 * hash + Objects.hashCode(path);
            return hash;
        }
    }

    /** A command with its location in the Dockerfile. */
    private record Located(SimpleCommand command, SourceLocation location) {
    }

    /** A go command a RUN instruction runs. */
    private record GoCommand(Located located, GoInvocation invocation) {
    }

    /**
     * The go commands of a RUN instruction, and where its shell evaluation stopped. They depend on
     * the stage and instruction evaluated, the build arguments and the host, not on the target
     * stage: the targets that share an evaluation share them.
     */
    private record RunCommands(List<GoCommand> commands, List<EvaluationProblem> incomplete) {
    }

    /**
     * What a RUN's go commands depend on: the stage and instruction evaluated (a stage that reads no
     * argument two builds set differently is one object for both), which target platform arguments
     * the build gives, and the host.
     */
    private record RunKey(Identity<DockerStage> stage, Identity<DockerRun> run, Set<String> targetPlatformArgsGiven,
            Host host) {
        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof RunKey that
                    && Objects.equals(stage, that.stage)
                    && Objects.equals(run, that.run)
                    && Objects.equals(targetPlatformArgsGiven, that.targetPlatformArgsGiven)
                    && Objects.equals(host, that.host);
        }

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(stage);
            hash = 31 * hash + Objects.hashCode(run);
            hash = 31 * hash + Objects.hashCode(targetPlatformArgsGiven);
            hash = 31 * hash + Objects.hashCode(host);
            return hash;
        }
    }

    private static Set<String> targetPlatformArgsGiven(BuildInputs inputs) {
        Set<String> given = new TreeSet<>(TARGET_PLATFORM_ARGS);
        given.retainAll(inputs.buildArgs().keySet());
        return given;
    }

    private static RunCommands goCommands(DockerStage stage, DockerRun run, BuildInputs inputs, ShellCache shell,
            Platform platform) {
        List<EvaluationProblem> incomplete = new ArrayList<>();
        List<GoCommand> found = new ArrayList<>();
        for (Located command : commands(stage, run, inputs, shell, incomplete, platform)) {
            GoCommandParser.parse(command.command()).ifPresent(invocation -> found.add(new GoCommand(command, invocation)));
        }
        return new RunCommands(List.copyOf(found), List.copyOf(incomplete));
    }

    private static List<Located> commands(DockerStage stage, DockerRun run, BuildInputs inputs, ShellCache shell,
            List<EvaluationProblem> incomplete, Platform platform) {
        Map<String, ShellValue> env = environment(stage, run, inputs);
        if (run.script() == null) {
            List<ShellWord> argv = run.execForm().stream().map(w -> new ShellWord(w, true, null)).toList();
            SimpleCommand command = new SimpleCommand(argv, env, run.workdir(), run.location().range(), List.of());
            return List.of(new Located(command, run.location()));
        }
        MappedText script = run.script();
        SourceText text = new SourceText(script.text());
        List<Located> located = new ArrayList<>();
        Host machine = new Host(platform.goos(), platform.goarch(), "musl".equals(stage.facts().libc()) ? "musl" : null);
        ScriptEvaluation evaluation = shell.evaluate(text.text(), ShellState.of(env, run.workdir(), machine));
        if (!evaluation.complete()) {
            TextRange at = evaluation.stoppedAt() == null ? run.location().range()
                    : script.fileRange(text.offsetAt(evaluation.stoppedAt().start()), text.offsetAt(evaluation.stoppedAt().end()));
            incomplete.add(ShellStops.problem(evaluation, new SourceLocation(run.location().path(), at), "RUN instruction"));
        }
        for (SimpleCommand command : evaluation.commands()) {
            TextRange range = command.range() == null ? run.location().range()
                    : script.fileRange(text.offsetAt(command.range().start()), text.offsetAt(command.range().end()));
            located.add(new Located(command, new SourceLocation(run.location().path(), range)));
        }
        return located;
    }

    /**
     * The variables a RUN sees. In a stage built on {@code $BUILDPLATFORM}, the target platform's
     * arguments stand for every platform the image is built for, so they are unknown unless given.
     */
    private static Map<String, ShellValue> environment(DockerStage stage, DockerRun run, BuildInputs inputs) {
        Map<String, ShellValue> env = new LinkedHashMap<>(run.env());
        if (stage.platform().isBuildPlatform()) {
            for (String name : TARGET_PLATFORM_ARGS) {
                if (env.containsKey(name) && !inputs.buildArgs().containsKey(name)) {
                    env.put(name, ShellValue.unknown(CgoDecider.TARGET_PLATFORM + " ($" + name + ")"));
                }
            }
        }
        return env;
    }

    private static GoCommandSite site(WorkspaceFile dockerfile, ContextMapping mapping, DockerStage stage, Located command,
            GoInvocation invocation, Platform platform, Placements placements) {
        String stageDirectory = command.command().workingDirectory();
        String workspaceDirectory = mapping.workspaceDirectory(stage.index(), stageDirectory);
        BuildEnvironment build = new BuildEnvironment(stage.describe(), stage.facts(), stage.facts().goVersion(),
                stage.fromLocation());
        RunEnvironment run = null;
        String output = OutputPath.of(invocation, stageDirectory, workspaceDirectory);
        if (output != null && invocation.subcommand().equals("build")) {
            run = placements.whereItRuns(stage.index(), output).map(DockerfileCommands::runEnvironment).orElse(null);
        }
        PlanOrigin origin = new PlanOrigin(PlanOrigin.Kind.DOCKERFILE, dockerfile.path() + " " + stage.describe(),
                command.location());
        return CommandSites.of(origin, command.command(), invocation, command.command().conditions(),
                workspaceDirectory == null ? stageDirectory : workspaceDirectory, platform, build, run);
    }

    /** Where a binary copied into the stage of {@code placement} runs. */
    public static RunEnvironment runEnvironment(ArtifactPlacement placement) {
        DockerStage stage = placement.stage();
        return new RunEnvironment(stage.describe(), stage.facts(), stage.fromLocation(), placement.copyLocation(),
                placement.path(), placement.timeZone());
    }

    /** The stage's platform: its {@code --platform}, else the Docker engine's on the modelled host (Linux, the host's architecture). */
    private static Platform platform(DockerStage stage, Host host) {
        ShellValue value = stage.platform().value();
        if (value != null && value.known() && value.text().contains("/")) {
            String[] parts = value.text().split("/");
            return Platform.known(parts[0], parts[1]);
        }
        return new Platform("linux", host.goarch(), true);
    }
}
