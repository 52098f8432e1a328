package dev.cgoguard.kinds.docker;

import dev.cgoguard.plan.GoCommandSource;
import dev.cgoguard.plan.PlanningContext;
import dev.cgoguard.plan.SourceCommands;
import dev.cgoguard.workspace.CommentSyntax;
import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.List;

/**
 * Dockerfiles and Containerfiles: each {@code RUN}'s go commands, built in the stage's image with
 * the stage's environment, and run in the image the binary is copied into.
 */
public final class DockerfileKind implements GoCommandSource {
    public static final FileKind KIND = FileKind.named("dockerfile",
            "Dockerfiles (Dockerfile, Dockerfile.*, *.Dockerfile, Containerfile, Containerfile.*)", CommentSyntax.HASH,
            List.of("**/Dockerfile", "**/Dockerfile.*", "**/*.Dockerfile", "**/*.dockerfile", "**/Containerfile",
                    "**/Containerfile.*"));

    @Override
    public List<FileKind> fileKinds() {
        return List.of(KIND);
    }

    @Override
    public SourceCommands commands(PlanningContext context, WorkspaceFile file) {
        return DockerfileCommands.find(context.workspace(), file, context.inputs(), context.cache());
    }
}
