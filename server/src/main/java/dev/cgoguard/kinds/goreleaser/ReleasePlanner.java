package dev.cgoguard.kinds.goreleaser;

import dev.cgoguard.condition.Condition;
import dev.cgoguard.docker.CopyOrigin;
import dev.cgoguard.docker.DockerCopy;
import dev.cgoguard.docker.DockerEvaluation;
import dev.cgoguard.docker.DockerStage;
import dev.cgoguard.docker.DockerfileEvaluator;
import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.kinds.yaml.YamlDocument;
import dev.cgoguard.plan.ConfiguredGoCommand;
import dev.cgoguard.plan.EvaluationProblem;
import dev.cgoguard.plan.GoCommandSite;
import dev.cgoguard.plan.PlanOrigin;
import dev.cgoguard.plan.PlanningContext;
import dev.cgoguard.plan.Platform;
import dev.cgoguard.plan.RunEnvironment;
import dev.cgoguard.plan.SourceCommands;
import dev.cgoguard.plan.WorkspacePaths;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.TextRange;
import dev.cgoguard.workspace.WorkspaceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Plans the builds of a GoReleaser configuration: for each build and target, the go command
 * GoReleaser runs on the release host (not known: linux/amd64 assumed), with the global and the
 * build's environment, its flags, tags and linker flags, the target's GOOS and GOARCH and the
 * override that applies to it. A binary that a {@code dockers}/{@code dockers_v2} entry copies into
 * an image runs in the stage of its Dockerfile that copies it.
 */
final class ReleasePlanner {
    private ReleasePlanner() {
    }

    static SourceCommands plan(PlanningContext context, WorkspaceFile file) {
        YamlDocument document = YamlDocument.read(file.text(), file.path());
        if (document.problem() != null) {
            return new SourceCommands(List.of(), List.of(problem(file, document.problem().range(),
                    document.problem().message())));
        }
        if (!(document.root() instanceof MappingNode root)) {
            return document.root() == null ? SourceCommands.none() : new SourceCommands(List.of(),
                    List.of(problem(file, TextRange.of(0, 0, 0, 0), "a GoReleaser configuration is a mapping")));
        }
        String folder = WorkspacePaths.parent(file.path());
        Path rootName = context.workspace().root().getFileName();
        String project = rootName == null ? "app" : rootName.toString();
        List<ReleaseImage> images = ReleaseConfigReader.images(root, folder);
        Map<String, Optional<DockerEvaluation>> dockerfiles = new HashMap<>();
        Set<String> filesRead = new LinkedHashSet<>();
        List<GoCommandSite> sites = new ArrayList<>();
        for (ReleaseBuild build : ReleaseConfigReader.builds(root, folder, project)) {
            TextRange line = build.node() != null ? document.firstLine(build.node()) : document.firstLine(root);
            SourceLocation location = new SourceLocation(file.path(), line);
            List<GoTargets.Target> planned = GoTargets.planned(build.targets(), build.cgoOn());
            for (GoTargets.Target target : planned) {
                Optional<GoInvocation> invocation = command(build, target).invocation();
                if (invocation.isEmpty()) {
                    continue;
                }
                RunEnvironment run = null;
                for (ReleaseImage image : images) {
                    if (image.takes(build, target)) {
                        Optional<DockerEvaluation> evaluation = dockerfiles.computeIfAbsent(image.dockerfile(),
                                path -> context.workspace().file(path).map(f -> DockerfileEvaluator.evaluate(f, Map.of(), null)));
                        evaluation.ifPresent(e -> filesRead.add(image.dockerfile()));
                        run = evaluation.flatMap(e -> runEnvironment(e, build.binary(), build.binaryWritten())).orElse(null);
                        if (run != null) {
                            break;
                        }
                    }
                }
                PlanOrigin origin = new PlanOrigin(PlanOrigin.Kind.BUILD_CONFIG,
                        file.path() + " build " + build.id() + " for " + target, location);
                List<Condition> conditions = planned.size() > 1 ? List.of(Condition.circumstance("when GoReleaser builds for " + target)) : List.of();
                sites.add(new GoCommandSite(origin, conditions, build.dir(), Platform.modelled(context.inputs().host()), null, run, invocation.get()));
            }
        }
        return new SourceCommands(sites, List.of(), List.of(), filesRead);
    }

    /** The go command GoReleaser runs for one target of a build. */
    static ConfiguredGoCommand command(ReleaseBuild build, GoTargets.Target target) {
        ReleaseBuild.Override override = build.overrideFor(target);
        List<String> env = override != null && override.env() != null ? override.env() : build.env();
        List<String> flags = override != null && override.flags() != null ? override.flags() : build.flags();
        List<String> ldflags = override != null && override.ldflags() != null ? override.ldflags() : build.ldflags();
        List<String> tags = override != null && override.tags() != null ? override.tags() : build.tags();
        ConfiguredGoCommand command = new ConfiguredGoCommand(build.command());
        env.forEach(command::setting);
        command.env("GOOS", target.goos()).env("GOARCH", target.goarch());
        command.words(flags);
        if (!tags.isEmpty()) {
            command.word("-tags=" + String.join(",", tags));
        }
        if (!ldflags.isEmpty()) {
            command.word("-ldflags=" + String.join(" ", ldflags));
        }
        if (build.buildmode() != null) {
            command.word("-buildmode=" + build.buildmode());
        }
        command.word("-o").word("dist/" + build.id() + "_" + target.goos() + "_" + target.goarch() + "/" + build.binary());
        return command.word(build.main());
    }

    /**
     * Where a binary copied from the build context runs: the stage of the Dockerfile's result that
     * copies a file of the binary's name ({@code COPY app /}, {@code COPY $TARGETPLATFORM/app /usr/bin/}),
     * or, when the build's binary name is not written, the one file that stage copies from the context.
     */
    private static Optional<RunEnvironment> runEnvironment(DockerEvaluation evaluation, String binary, boolean nameWritten) {
        if (evaluation.runStage() < 0 || evaluation.runStage() >= evaluation.stages().size()) {
            return Optional.empty();
        }
        DockerStage stage = evaluation.stages().get(evaluation.runStage());
        String name = binary.substring(binary.lastIndexOf('/') + 1);
        List<DockerCopy> fromContext = stage.copies().stream()
                .filter(c -> c.from().kind() == CopyOrigin.Kind.CONTEXT && c.destination() != null).toList();
        boolean onlyOne = !nameWritten && fromContext.size() == 1 && fromContext.get(0).sources().size() == 1;
        for (DockerCopy copy : fromContext) {
            for (String source : copy.sources()) {
                String sourceName = source.substring(source.lastIndexOf('/') + 1);
                if (sourceName.equals(name) || onlyOne) {
                    name = sourceName;
                    String path = copy.destinationIsDirectory() ? WorkspacePaths.join(copy.destination(), name) : copy.destination();
                    ShellValue tz = stage.env().get("TZ");
                    return Optional.of(new RunEnvironment(stage.describe(), stage.facts(), stage.fromLocation(), copy.location(),
                            path, tz == null ? null : tz.known() ? tz.text() : tz.source()));
                }
            }
        }
        return Optional.empty();
    }

    private static EvaluationProblem problem(WorkspaceFile file, TextRange range, String message) {
        return new EvaluationProblem("goreleaser", new SourceLocation(file.path(), range),
                "cgoguard could not read this GoReleaser configuration: " + message, "its builds are not checked");
    }

    /** The build whose entry starts on {@code line}, for the fixes. */
    static Optional<Node> buildAt(YamlDocument document, int line) {
        Node builds = YamlDocument.get(document.root(), "builds");
        Node single = YamlDocument.get(document.root(), "build");
        for (Node item : builds == null && single != null ? List.of(single) : YamlDocument.items(builds)) {
            if (document.line(item) == line) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}
