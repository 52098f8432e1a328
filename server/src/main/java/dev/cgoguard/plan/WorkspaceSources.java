package dev.cgoguard.plan;

import dev.cgoguard.shell.SourceReader;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.Workspace;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The files of the workspace a script sources: read through {@link WorkspaceReads} (its gate), and
 * listed from the workspace's own snapshot, whose files were found through the same gate.
 */
public record WorkspaceSources(Workspace workspace) implements SourceReader {
    @Override
    public Optional<String> read(String workspacePath) {
        return WorkspaceReads.read(workspace, workspacePath).map(SourceText::text);
    }

    @Override
    public List<String> scripts(String folder, Pattern name) {
        return workspace.pathsMatching(folder, List.of(name)).stream()
                .filter(path -> workspace.file(path).map(file -> file.kind().shellShebang()).orElse(false))
                .toList();
    }
}
