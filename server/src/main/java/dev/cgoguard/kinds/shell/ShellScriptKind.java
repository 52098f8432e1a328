package dev.cgoguard.kinds.shell;

import dev.cgoguard.plan.GoCommandSource;
import dev.cgoguard.plan.PlanningContext;
import dev.cgoguard.plan.SourceCommands;
import dev.cgoguard.workspace.CommentSyntax;
import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.List;

/**
 * Shell scripts: {@code *.sh}, {@code *.bash}, and any file without an extension whose first line
 * is a {@code sh}, {@code bash} or {@code dash} shebang ({@code scripts/build/binary}).
 */
public final class ShellScriptKind implements GoCommandSource {
    public static final FileKind KIND = FileKind.namedOrShebang("shell",
            "shell scripts (*.sh, *.bash, and extensionless files with a sh, bash or dash shebang)", CommentSyntax.HASH,
            List.of("**/*.sh", "**/*.bash"));

    @Override
    public List<FileKind> fileKinds() {
        return List.of(KIND);
    }

    @Override
    public SourceCommands commands(PlanningContext context, WorkspaceFile file) {
        return ScriptCommands.find(context, file);
    }
}
