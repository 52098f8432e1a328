package dev.cgoguard.kinds.make;

import dev.cgoguard.plan.GoCommandSource;
import dev.cgoguard.plan.PlanningContext;
import dev.cgoguard.plan.SourceCommands;
import dev.cgoguard.workspace.CommentSyntax;
import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.List;

/**
 * Makefiles: a top-level {@code Makefile}, {@code makefile} or {@code GNUmakefile} is evaluated as
 * make would read it, with what it includes ({@code *.mk} files are read through includes); each
 * recipe line's go commands are planned where the line stands.
 */
public final class MakefileKind implements GoCommandSource {
    public static final FileKind KIND = FileKind.named("makefile", "Makefiles (Makefile, makefile, GNUmakefile, *.mk)",
            CommentSyntax.HASH_UNINDENTED, List.of("**/Makefile", "**/makefile", "**/GNUmakefile", "**/*.mk"));

    @Override
    public List<FileKind> fileKinds() {
        return List.of(KIND);
    }

    @Override
    public boolean isPlanSource(WorkspaceFile file) {
        return file.kind() == KIND && MakefileCommands.isTopLevel(file.path());
    }

    @Override
    public SourceCommands commands(PlanningContext context, WorkspaceFile file) {
        return MakefileCommands.find(context.workspace(), file.path(), context.inputs().makeVariables(), context.inputs().host(),
                context.cache());
    }
}
