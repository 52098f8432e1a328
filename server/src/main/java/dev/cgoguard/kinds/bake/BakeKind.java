package dev.cgoguard.kinds.bake;

import dev.cgoguard.cache.GenerationalCache;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

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
        ReadTargets read = READ.get(new BakeText(file.kind() == JSON, file.content()), BakeKind::read);
        if (read.failure() != null) {
            HclReader.HclException e = read.failure();
            int offset = Math.min(e.offset, file.text().length());
            return new SourceCommands(List.of(), List.of(new EvaluationProblem("bake", new SourceLocation(file.path(),
                    file.text().range(offset, offset)), "cgoguard could not read this bake file: " + e.getMessage(),
                    "its targets' Dockerfiles are checked only as they stand")));
        }
        String folder = WorkspacePaths.parent(file.path());
        List<TargetBuild> builds = new ArrayList<>();
        Set<String> filesRead = new LinkedHashSet<>();
        for (BakeFile.Target target : read.targets()) {
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
            builds.add(new TargetBuild(dockerfile.get(), new BuildInputs(context.inputs().makeVariables(), args, stage,
                    context.inputs().host(), context.inputs().includeThirdParty()), contextDir,
                    List.of(Condition.circumstance("when bake builds target " + target.name()))));
        }
        // the stages of each Dockerfile first, one set of arguments after another (its own plan's first), so that
        // every stage that reads no argument the sets give differently is evaluated once; then the Dockerfiles'
        // own plans and the targets' builds, independent of each other, side by side on two cores
        Set<List<Object>> evaluated = new HashSet<>();
        for (TargetBuild build : builds) {
            if (evaluated.add(List.of(build.dockerfile().path(), context.inputs().buildArgs()))) {
                DockerfileCommands.evaluateStages(build.dockerfile(), context.inputs(), context.cache());
            }
        }
        for (TargetBuild build : builds) {
            if (evaluated.add(List.of(build.dockerfile().path(), build.inputs().buildArgs()))) {
                DockerfileCommands.evaluateStages(build.dockerfile(), build.inputs(), context.cache());
            }
        }
        Map<String, SourceCommands> own = new ConcurrentHashMap<>();
        SourceCommands[] planned = new SourceCommands[builds.size()];
        List<Runnable> evaluations = new ArrayList<>();
        Set<String> ownPlanned = new HashSet<>();
        for (int i = 0; i < builds.size(); i++) {
            int index = i;
            TargetBuild build = builds.get(i);
            evaluations.add(() -> planned[index] = DockerfileCommands.find(context.workspace(), build.dockerfile(),
                    build.inputs(), context.cache(), build.contextDirectory(), build.conditions()));
            if (ownPlanned.add(build.dockerfile().path())) {
                evaluations.add(() -> own.put(build.dockerfile().path(), DockerfileCommands.find(context.workspace(),
                        build.dockerfile(), context.inputs(), context.cache(), null, List.of())));
            }
        }
        runSideBySide(evaluations);
        List<GoCommandSite> sites = new ArrayList<>();
        for (int i = 0; i < builds.size(); i++) {
            List<GoCommandSite> ofDockerfile = own.get(builds.get(i).dockerfile().path()).sites();
            for (GoCommandSite site : planned[i].sites()) {
                if (ofDockerfile.stream().noneMatch(o -> sameBuild(o, site))) {
                    sites.add(site);
                }
            }
        }
        return new SourceCommands(sites, List.of(), List.of(), filesRead);
    }

    /** A bake file's text, and whether it is written in JSON. */
    private record BakeText(boolean json, String content) {
        // as the compiler would write them; written out, they need no linking at start-up (RecordValueMethodsTest)
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof BakeText that
                    && json == that.json
                    && Objects.equals(content, that.content);
        }

        @Override
        public int hashCode() {
            int hash = Boolean.hashCode(json);
            hash = 31 * hash + Objects.hashCode(content);
            return hash;
        }
    }

    /** A bake file's targets, or why it could not be read. */
    private record ReadTargets(List<BakeFile.Target> targets, HclReader.HclException failure) {
    }

    /**
     * The targets of the bake files read lately, by text: an edit of a Dockerfile plans the bake file
     * that builds it again, with the bake file's text as it was.
     */
    private static final GenerationalCache<BakeText, ReadTargets> READ = new GenerationalCache<>(16);

    private static ReadTargets read(BakeText text) {
        try {
            BakeFile bake = text.json() ? BakeFile.ofJson(HclReader.expression(text.content()))
                    : BakeFile.of(HclReader.body(text.content()));
            return new ReadTargets(List.copyOf(bake.targets()), null);
        } catch (HclReader.HclException e) {
            return new ReadTargets(null, e);
        }
    }

    /**
     * Runs the evaluations in parallel; the first that failed (in list order, so the same one each
     * time) is thrown as it was thrown, not as another thread's copy of it.
     */
    private static void runSideBySide(List<Runnable> evaluations) {
        Throwable[] failures = new Throwable[evaluations.size()];
        IntStream.range(0, evaluations.size()).parallel().forEach(i -> {
            try {
                evaluations.get(i).run();
            } catch (RuntimeException | StackOverflowError e) {
                failures[i] = e;
            }
        });
        for (Throwable failure : failures) {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof StackOverflowError e) {
                throw e;
            }
        }
    }

    /** A bake target's build of a Dockerfile: its inputs, its context folder and the condition it is built under. */
    private record TargetBuild(WorkspaceFile dockerfile, BuildInputs inputs, String contextDirectory, List<Condition> conditions) {
    }

    /** Whether two sites build the same way at the same place (their conditions aside). */
    private static boolean sameBuild(GoCommandSite a, GoCommandSite b) {
        return a.origin().location().equals(b.origin().location()) && a.invocation().equals(b.invocation())
                && Objects.equals(a.workingDirectory(), b.workingDirectory()) && Objects.equals(a.host(), b.host())
                && Objects.equals(a.buildEnvironment(), b.buildEnvironment()) && Objects.equals(a.runEnvironment(), b.runEnvironment());
    }
}
