package dev.cgoguard.kinds.goreleaser;

import dev.cgoguard.kinds.yaml.YamlBuildText;
import dev.cgoguard.kinds.yaml.YamlDocument;
import dev.cgoguard.kinds.yaml.YamlEdits;
import dev.cgoguard.plan.GoCommandSource;
import dev.cgoguard.plan.PlanningContext;
import dev.cgoguard.plan.SourceCommands;
import dev.cgoguard.rules.fixes.CommandText;
import dev.cgoguard.rules.fixes.CommandTextSource;
import dev.cgoguard.workspace.CommentSyntax;
import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.List;
import java.util.Optional;

/**
 * GoReleaser configurations (v1 and v2): each build, per target, planned as the go command
 * GoReleaser runs, with the images of {@code dockers}/{@code dockers_v2} as where its binary runs.
 * Fixes edit the build's {@code env}, {@code flags}, {@code tags} and {@code ldflags}.
 */
public final class GoReleaserKind implements GoCommandSource, CommandTextSource {
    public static final FileKind KIND = FileKind.named("goreleaser",
            "GoReleaser configurations (.goreleaser.yml, .goreleaser.yaml, goreleaser.yml, .goreleaser.*.yml)", CommentSyntax.HASH,
            List.of("**/.goreleaser.yml", "**/.goreleaser.yaml", "**/goreleaser.yml", "**/goreleaser.yaml",
                    "**/.goreleaser.*.yml", "**/.goreleaser.*.yaml", "**/.goreleaser-*.yml", "**/.goreleaser-*.yaml"));
    static final YamlBuildText.Keys KEYS = new YamlBuildText.Keys("env", "flags", "ldflags", "tags");

    @Override
    public List<FileKind> fileKinds() {
        return List.of(KIND);
    }

    @Override
    public SourceCommands commands(PlanningContext context, WorkspaceFile file) {
        return ReleasePlanner.plan(context, file);
    }

    @Override
    public Optional<CommandText> commandText(SourceLocation location, SourceText file) {
        YamlDocument document = YamlDocument.read(file, location.path());
        return ReleasePlanner.buildAt(document, location.range().start().line())
                .flatMap(build -> YamlBuildText.of(new YamlEdits(document, location.path()), build, KEYS));
    }
}
