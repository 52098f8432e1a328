package dev.cgoguard.kinds.bake;

import dev.cgoguard.kinds.docker.DockerfileCommands;
import dev.cgoguard.condition.Condition;
import dev.cgoguard.plan.BuildInputs;
import dev.cgoguard.plan.EvaluationProblem;
import dev.cgoguard.plan.GoCommandSite;
import dev.cgoguard.plan.GoCommandSource;
import dev.cgoguard.plan.PlanningContext;
import dev.cgoguard.plan.SourceCommands;
import dev.cgoguard.plan.WorkspacePaths;
import dev.cgoguard.workspace.CommentSyntax;
import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * docker buildx bake definitions ({@code docker-bake.hcl}, {@code docker-bake.json}): the Dockerfile of
 * each target is evaluated once per target with the target's {@code args}, {@code target} stage and
 * {@code context} (variables at their defaults). The go commands whose build differs from the
 * Dockerfile's own plan are planned with the bake target as their condition, so a finding that holds
 * only for a target names it; the others are the Dockerfile's, reported once.
 */
public final class BakeKind implements GoCommandSource {
    public static final FileKind HCL = FileKind.named("bake", "docker buildx bake files (docker-bake.hcl, docker-bake.*.hcl)",
            CommentSyntax.HASH, List.of("**/docker-bake.hcl", "**/docker-bake.*.hcl"));
    public static final FileKind JSON = FileKind.named("bake-json", "docker buildx bake files in JSON (docker-bake.json)",
            CommentSyntax.NONE, List.of("**/docker-bake.json", "**/docker-bake.*.json"));

    @Override
    public List<FileKind> fileKinds() {
        return List.of(HCL, JSON);
    }

    @Override
    public boolean isPlanSource(WorkspaceFile file) {
        return fileKinds().contains(file.kind());
    }

    @Override
    public SourceCommands commands(PlanningContext context, WorkspaceFile file) {
        BakeFile bake;
        try {
            bake = file.kind() == JSON ? BakeFile.ofJson(HclReader.expression(file.content()))
                    : BakeFile.of(HclReader.body(file.content()));
        } catch (HclReader.HclException e) {
            int offset = Math.min(e.offset, file.text().length());
            return new SourceCommands(List.of(), List.of(new EvaluationProblem("bake", new SourceLocation(file.path(),
                    file.text().range(offset, offset)), "cgoguard could not read this bake file: " + e.getMessage(),
                    "its targets' Dockerfiles are checked only as they stand")));
        }
        String folder = WorkspacePaths.parent(file.path());
        List<GoCommandSite> sites = new ArrayList<>();
        List<EvaluationProblem> incomplete = new ArrayList<>();
        Set<String> filesRead = new LinkedHashSet<>();
        Map<String, List<GoCommandSite>> ownPlans = new LinkedHashMap<>();
        for (BakeFile.Target target : bake.targets()) {
            if (target.inline()) {
                continue;
            }
            String contextText = target.context() == null ? "." : HclValue.text(target.context());
            String dockerfileText = target.dockerfile() == null ? "Dockerfile" : HclValue.text(target.dockerfile());
            if (contextText == null || dockerfileText == null || contextText.contains("://") || contextText.startsWith("target:")) {
                continue;
            }
            String contextDir = WorkspacePaths.join(folder, contextText);
            String dockerfilePath = dockerfileText.startsWith("/") ? null : WorkspacePaths.join(contextDir, dockerfileText);
            Optional<WorkspaceFile> dockerfile = dockerfilePath == null || dockerfilePath.startsWith("..") ? Optional.empty()
                    : context.workspace().file(dockerfilePath);
            if (dockerfile.isEmpty()) {
                continue;
            }
            filesRead.add(dockerfilePath);
            Map<String, String> args = new LinkedHashMap<>(context.inputs().buildArgs());
            target.args().forEach((name, value) -> {
                String text = HclValue.text(value);
                if (text != null) {
                    args.put(name, text);
                } else if (value instanceof HclValue.Null) {
                    args.remove(name);
                }
            });
            String stage = target.stage() == null ? context.inputs().targetStage() : HclValue.text(target.stage());
            SourceCommands planned = DockerfileCommands.find(context.workspace(), dockerfile.get(),
                    new BuildInputs(context.inputs().makeVariables(), args, stage, context.inputs().host(),
                            context.inputs().includeThirdParty()), context.cache(), contextDir,
                    List.of(Condition.circumstance("when bake builds target " + target.name())));
            List<GoCommandSite> own = ownPlans.computeIfAbsent(dockerfilePath, path -> DockerfileCommands.find(context.workspace(),
                    dockerfile.get(), context.inputs(), context.cache(), null, List.of()).sites());
            for (GoCommandSite site : planned.sites()) {
                if (own.stream().noneMatch(o -> sameBuild(o, site))) {
                    sites.add(site);
                }
            }
        }
        return new SourceCommands(sites, incomplete, List.of(), filesRead);
    }

    /** Whether two sites build the same way at the same place (their conditions aside). */
    private static boolean sameBuild(GoCommandSite a, GoCommandSite b) {
        return a.origin().location().equals(b.origin().location()) && a.invocation().equals(b.invocation())
                && Objects.equals(a.workingDirectory(), b.workingDirectory()) && Objects.equals(a.host(), b.host())
                && Objects.equals(a.buildEnvironment(), b.buildEnvironment()) && Objects.equals(a.runEnvironment(), b.runEnvironment());
    }
}
