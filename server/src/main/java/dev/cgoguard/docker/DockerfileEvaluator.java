package dev.cgoguard.docker;

import dev.cgoguard.knowledge.ImageFacts;
import dev.cgoguard.knowledge.ImageTable;
import dev.cgoguard.cache.GenerationalCache;
import dev.cgoguard.shell.ShellValue;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Evaluates a Dockerfile into stages: build arguments (global ones for {@code FROM} lines, stage
 * ones redeclared, defaults and overrides, the predefined platform arguments), {@code ENV},
 * {@code WORKDIR}, {@code USER}, {@code SHELL}, {@code RUN} and {@code COPY}/{@code ADD}, stages
 * built {@code FROM} earlier stages, and the image facts of each stage after its package installs.
 * {@code RUN} bodies are not expanded here: the shell does that.
 */
public final class DockerfileEvaluator {
    private static final Set<String> KNOWN_INSTRUCTIONS = Set.of("FROM", "ARG", "ENV", "WORKDIR", "USER", "SHELL",
            "RUN", "COPY", "ADD", "CMD", "ENTRYPOINT", "EXPOSE", "LABEL", "VOLUME", "STOPSIGNAL", "HEALTHCHECK",
            "ONBUILD", "MAINTAINER");

    private final WorkspaceFile file;
    private final Map<String, String> buildArgs;
    private final Map<String, ShellValue> platformArgs;
    private final Map<String, ShellValue> globalArgs = new LinkedHashMap<>();
    private final List<DockerStage> stages = new ArrayList<>();
    private final List<DockerProblem> problems = new ArrayList<>();
    private final ImageTable images = ImageTable.builtIn();
    private DockerfileSyntax syntax;
    private StageInstructions instructions;
    private StageState current;
    /** What the stage being evaluated read from outside it; null outside a stage. */
    private List<StageMemo.Read> reads;

    /** A text (one object per file version, compared by identity), its instructions and its stages evaluated so far. */
    private record TextMemo(SourceText text, DockerfileReader.Reading reading, StageMemo stages) {
        DockerfileSyntax syntax() {
            return reading.syntax();
        }
    }

    /**
     * By path, the memo of the latest text evaluated from it: a bake file's targets and the
     * Dockerfile's own plan evaluate one text under several sets of arguments, and an editor gives
     * each edit a new text, so the memo of an earlier version is of no more use and is let go at once
     * rather than kept (and copied by the collector) through a number of later edits.
     */
    private static final GenerationalCache<String, AtomicReference<TextMemo>> MEMOS = new GenerationalCache<>(32);

    private DockerfileEvaluator(WorkspaceFile file, Map<String, String> buildArgs) {
        this.file = file;
        this.buildArgs = buildArgs == null ? Map.of() : buildArgs;
        this.platformArgs = PlatformArgs.of(this.buildArgs);
    }

    /**
     * @param buildArgs   {@code --build-arg} values (may be empty)
     * @param targetStage the {@code --target} stage name or index, or null for the last stage
     */
    public static DockerEvaluation evaluate(WorkspaceFile dockerfile, Map<String, String> buildArgs, String targetStage) {
        return new DockerfileEvaluator(dockerfile, buildArgs).run(targetStage);
    }

    /**
     * Where a file built in a stage ends up running: follows {@code COPY --from} (files and whole
     * directories) and stages built {@code FROM} the stage into the stage that is the build's
     * result. Empty when the file does not reach it.
     */
    public static Optional<ArtifactPlacement> whereItRuns(DockerEvaluation evaluation, int stageIndex,
            String absolutePathInStage) {
        return ArtifactTracker.whereItRuns(evaluation, stageIndex, absolutePathInStage);
    }

    private DockerEvaluation run(String targetStage) {
        TextMemo known = memo(file);
        syntax = known.syntax();
        StageMemo memo = known.stages();
        problems.addAll(syntax.problems());
        instructions = new StageInstructions(file.path(), syntax.escape(), images, stages, problems);
        List<DockerInstruction> all = syntax.instructions();
        int at = 0;
        while (at < all.size() && !all.get(at).keyword().equals("FROM")) {
            evaluate(all.get(at++));
        }
        while (at < all.size()) {
            int end = at + 1;
            while (end < all.size() && !all.get(end).keyword().equals("FROM")) {
                end++;
            }
            stage(memo, all.subList(at, end));
            at = end;
        }
        return new DockerEvaluation(file.path(), List.copyOf(stages), stages.size() - 1, List.copyOf(problems))
                .targeting(targetStage);
    }

    /** The memo of the file's text: the one kept for its path when it holds this very text, else a new one, kept instead. */
    private static TextMemo memo(WorkspaceFile file) {
        AtomicReference<TextMemo> latest = MEMOS.get(file.path(), path -> new AtomicReference<>());
        TextMemo seen = latest.get();
        if (seen != null && seen.text() == file.text()) {
            return seen;
        }
        // an edit of the text read last: the instructions it left as they were are taken from that reading
        TextMemo fresh = new TextMemo(file.text(), DockerfileReader.read(file.text(), seen == null ? null : seen.reading()),
                new StageMemo());
        while (!latest.compareAndSet(seen, fresh)) {
            seen = latest.get();
            if (seen != null && seen.text() == file.text()) {
                return seen; // another evaluation of the same text read it meanwhile
            }
        }
        return fresh;
    }

    /**
     * One stage: its {@code FROM} and the instructions up to the next. A stage evaluated before from
     * the same text whose reads outside the stage give the same values now is taken as it was.
     */
    private void stage(StageMemo memo, List<DockerInstruction> stageInstructions) {
        int index = stages.size();
        StageMemo.Evaluated known = memo.find(index, this::read, stages);
        if (known != null) {
            stages.add(known.stage());
            problems.addAll(known.problems());
            return;
        }
        int problemsBefore = problems.size();
        reads = new ArrayList<>();
        for (DockerInstruction instruction : stageInstructions) {
            evaluate(instruction);
        }
        List<StageMemo.Read> made = List.copyOf(reads);
        reads = null;
        finishStage();
        DockerStage stage = stages.get(index);
        DockerStage base = stage.baseStage() < 0 ? null : stages.get(stage.baseStage());
        memo.add(index, new StageMemo.Evaluated(made, base, stage, List.copyOf(problems.subList(problemsBefore, problems.size()))));
    }

    /** A value from outside the stage being evaluated, noted as read by it. */
    private Object read(StageMemo.Source source, String name) {
        Object value = switch (source) {
            case GLOBAL -> {
                ShellValue global = globalArgs.get(name);
                yield global != null ? global : platformArgs.get(name);
            }
            case BUILD_ARG -> buildArgs.containsKey(name) ? new StageMemo.Given(buildArgs.get(name)) : null;
            case GLOBAL_ARG -> globalArgs.get(name);
            case PLATFORM_ARG -> platformArgs.get(name);
        };
        if (reads != null) {
            reads.add(new StageMemo.Read(source, name, value));
        }
        return value;
    }

    private void evaluate(DockerInstruction instruction) {
        String keyword = instruction.keyword();
        if (!KNOWN_INSTRUCTIONS.contains(keyword)) {
            problems.add(new DockerProblem("unknown instruction " + keyword, instruction.keywordRange()));
            return;
        }
        if (keyword.equals("FROM")) {
            from(instruction);
        } else if (keyword.equals("ARG")) {
            arg(instruction);
        } else if (current == null) {
            problems.add(new DockerProblem(keyword + " before the first FROM", instruction.keywordRange()));
        } else {
            instructions.apply(current, instruction);
        }
    }

    private void from(DockerInstruction instruction) {
        finishStage();
        List<DockerArgument> args = instruction.arguments();
        SourceLocation location = new SourceLocation(file.path(), instruction.range());
        String written = args.isEmpty() ? "" : args.get(0).text();
        if (args.isEmpty()) {
            problems.add(new DockerProblem("FROM without an image", instruction.range()));
        }
        String name = null;
        if (args.size() >= 3 && args.get(1).text().equalsIgnoreCase("AS")) {
            name = args.get(2).text().toLowerCase(Locale.ROOT);
        }
        ShellValue image = DockerWordExpander.expand(written, syntax.escape(), this::globalLookup);
        DockerStage baseStage = image.known() ? stageNamed(image.text()) : null;
        ImageFacts facts = null;
        if (baseStage == null) {
            facts = image.known() ? images.lookup(image.text()) : new ImageFacts(written, false, null, null, null, null,
                    null, null, null, null, "image not known: " + image.source());
        }
        DockerPlatform platform = platform(instruction, baseStage);
        current = new StageState(stages.size(), name, written, image, baseStage, facts, location, platform);
    }

    private DockerPlatform platform(DockerInstruction instruction, DockerStage baseStage) {
        Optional<DockerFlag> flag = instruction.flag("platform");
        if (flag.isEmpty() || flag.get().value() == null) {
            return baseStage != null ? baseStage.platform()
                    : new DockerPlatform(DockerPlatform.Role.TARGET, null,
                            (ShellValue) read(StageMemo.Source.PLATFORM_ARG, "TARGETPLATFORM"));
        }
        String written = flag.get().value();
        ShellValue value = DockerWordExpander.expand(written, syntax.escape(), this::globalLookup);
        DockerPlatform.Role role = written.contains("BUILDPLATFORM") ? DockerPlatform.Role.BUILD
                : written.contains("TARGETPLATFORM") ? DockerPlatform.Role.TARGET : DockerPlatform.Role.EXPLICIT;
        return new DockerPlatform(role, written, value);
    }

    private void arg(DockerInstruction instruction) {
        for (DockerArgument argument : instruction.arguments()) {
            String word = argument.text();
            int eq = word.indexOf('=');
            String name = eq < 0 ? word : word.substring(0, eq);
            if (name.isEmpty()) {
                problems.add(new DockerProblem("ARG without a name", argument.range()));
                continue;
            }
            ShellValue value;
            StageMemo.Given given = (StageMemo.Given) read(StageMemo.Source.BUILD_ARG, name);
            ShellValue global;
            ShellValue platform;
            if (given != null) {
                value = ShellValue.known(given.value());
            } else if (eq >= 0) {
                value = DockerWordExpander.expand(word.substring(eq + 1), syntax.escape(),
                        current == null ? this::globalLookup : this::stageLookup);
            } else if (current != null && (global = (ShellValue) read(StageMemo.Source.GLOBAL_ARG, name)) != null) {
                value = global;
            } else if ((platform = (ShellValue) read(StageMemo.Source.PLATFORM_ARG, name)) != null) {
                value = platform;
            } else {
                value = ShellValue.unknown("build argument " + name + " has no default");
            }
            // a later name in the same ARG sees the earlier ones
            (current == null ? globalArgs : current.args).put(name, value);
        }
    }

    private ShellValue globalLookup(String name) {
        return (ShellValue) read(StageMemo.Source.GLOBAL, name);
    }

    private ShellValue stageLookup(String name) {
        return current.lookup(name);
    }

    private DockerStage stageNamed(String image) {
        for (DockerStage stage : stages) {
            if (image.equalsIgnoreCase(stage.name())) {
                return stage;
            }
        }
        return null;
    }

    private void finishStage() {
        if (current != null) {
            stages.add(current.toStage());
            current = null;
        }
    }
}
