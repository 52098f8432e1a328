package dev.cgoguard.plan;

import dev.cgoguard.workspace.FileKindSupport;
import dev.cgoguard.workspace.WorkspaceFile;

/**
 * What a file kind gives the planner: the go commands of one of its files, each with its
 * environment, conditions and place, the image or runner it builds in and where its binary runs.
 * {@link BuildPlanner} asks every registered source whether a file is one of its plan sources.
 */
public interface GoCommandSource extends FileKindSupport {
    /** Whether the planner evaluates this file (by default: every file of this support's kinds). */
    default boolean isPlanSource(WorkspaceFile file) {
        return fileKinds().contains(file.kind());
    }

    /** The go commands of {@code file}, and the places where its evaluation stopped short. Never throws for bad input. */
    SourceCommands commands(PlanningContext context, WorkspaceFile file);
}
