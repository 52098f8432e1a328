package dev.cgoguard.kinds.workflow;

import dev.cgoguard.plan.GoCommandSource;
import dev.cgoguard.plan.PlanningContext;
import dev.cgoguard.plan.SourceCommands;
import dev.cgoguard.workspace.CommentSyntax;
import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.List;

/** GitHub Actions workflows: the go commands of each job's {@code run:} steps, on its runner or container. */
public final class GithubWorkflowKind implements GoCommandSource {
    public static final FileKind KIND = FileKind.named("workflow", "GitHub Actions workflows (.github/workflows/*.yml)",
            CommentSyntax.HASH, List.of("**/.github/workflows/*.yml", "**/.github/workflows/*.yaml"));

    @Override
    public List<FileKind> fileKinds() {
        return List.of(KIND);
    }

    @Override
    public SourceCommands commands(PlanningContext context, WorkspaceFile file) {
        return WorkflowCommands.find(context.workspace(), file, context.cache().shell(), context.inputs().host());
    }
}
