package dev.cgoguard.lsp;

import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.engine.AnalysisResult;
import dev.cgoguard.plan.BuildPlan;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.List;
import java.util.Optional;

/**
 * The latest analysis of one workspace root: the snapshot that was analysed (disk with the open
 * documents laid over it, with their editor versions), the options it ran under, and what it gave. Hovers and inlay hints read
 * plans from here, so their ranges always match the text the plans came from.
 */
record RootAnalysis(WorkspaceRoot root, Workspace workspace, java.util.Map<String, Integer> openVersions,
        AnalysisOptions options, AnalysisResult result) {

    /** The plans whose go command comes from the file at {@code relPath}, in source order. */
    List<BuildPlan> plansOf(String relPath) {
        return result.plans().stream().filter(plan -> plan.origin().location().path().equals(relPath)).toList();
    }

    /** The plans of a file whose go command range holds the position (several when a command is built several ways). */
    List<BuildPlan> plansAt(String relPath, TextPosition position) {
        return plansOf(relPath).stream().filter(plan -> plan.origin().location().range().contains(position)).toList();
    }

    Optional<WorkspaceFile> file(String relPath) {
        return workspace.file(relPath);
    }
}
