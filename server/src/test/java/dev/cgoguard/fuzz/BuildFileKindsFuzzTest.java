package dev.cgoguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cgoguard.kinds.bake.BakeKind;
import dev.cgoguard.kinds.gitlab.GitlabCiKind;
import dev.cgoguard.kinds.goreleaser.GoReleaserKind;
import dev.cgoguard.kinds.just.JustfileKind;
import dev.cgoguard.kinds.ko.KoKind;
import dev.cgoguard.kinds.promu.PromuKind;
import dev.cgoguard.kinds.taskfile.TaskfileKind;
import dev.cgoguard.parse.TreeCache;
import dev.cgoguard.plan.BuildInputs;
import dev.cgoguard.plan.GoCommandSource;
import dev.cgoguard.plan.PlanningCache;
import dev.cgoguard.plan.PlanningContext;
import dev.cgoguard.testing.FuzzBounds;
import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.FileKinds;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The readers of the file kinds that plan go commands from YAML, HCL and their own syntaxes, on any
 * text: the input's first byte picks the kind, the rest is the file, planned by the kind's own
 * {@link GoCommandSource}. Another kind is one more line in {@link #FILES}.
 */
class BuildFileKindsFuzzTest {
    /** A kind and a path its files are found by. */
    private record KindFile(FileKind kind, String path) {
    }

    private static final List<KindFile> FILES = List.of(
            new KindFile(GoReleaserKind.KIND, ".goreleaser.yaml"),
            new KindFile(KoKind.KIND, ".ko.yaml"),
            new KindFile(PromuKind.KIND, ".promu.yml"),
            new KindFile(GitlabCiKind.KIND, ".gitlab-ci.yml"),
            new KindFile(TaskfileKind.KIND, "Taskfile.yml"),
            new KindFile(JustfileKind.KIND, "justfile"),
            new KindFile(BakeKind.HCL, "docker-bake.hcl"),
            new KindFile(BakeKind.JSON, "docker-bake.json"));

    @FuzzTest(maxDuration = "4s")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void buildFile(byte[] input) {
        if (input.length == 0) {
            return;
        }
        KindFile chosen = FILES.get(Byte.toUnsignedInt(input[0]) % FILES.size());
        String text = new String(Arrays.copyOfRange(input, 1, input.length), StandardCharsets.UTF_8);
        Workspace workspace = FuzzedFiles.workspace(chosen.path(), chosen.kind(), text);
        WorkspaceFile file = workspace.files().get(chosen.path());
        GoCommandSource source = FileKinds.supports(GoCommandSource.class).stream()
                .filter(s -> s.isPlanSource(file)).findFirst().orElseThrow();
        PlanningContext context = new PlanningContext(workspace, BuildInputs.NONE, new TreeCache(), new PlanningCache());
        FuzzBounds.check(() -> source.commands(context, file));
    }
}
