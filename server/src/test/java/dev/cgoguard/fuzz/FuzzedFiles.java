package dev.cgoguard.fuzz;

import dev.cgoguard.workspace.FileKind;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Fuzz inputs as files of a workspace held in memory (its root is never read). */
final class FuzzedFiles {
    private FuzzedFiles() {
    }

    static WorkspaceFile file(String path, FileKind kind, String text) {
        return new WorkspaceFile(path, kind, new SourceText(text), 1);
    }

    static Workspace workspace(String path, FileKind kind, String text) {
        return new Workspace(Path.of("/nonexistent/fuzz"), Map.of(path, file(path, kind, text)), List.of());
    }
}
