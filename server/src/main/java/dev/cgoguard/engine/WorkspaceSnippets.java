package dev.cgoguard.engine;

import dev.cgoguard.rules.SourceSnippets;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.Workspace;
import java.util.Optional;

/** Source snippets read from the workspace snapshot being analysed (open editor documents included). */
final class WorkspaceSnippets implements SourceSnippets {
    private final Workspace workspace;

    WorkspaceSnippets(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Optional<String> text(SourceLocation location) {
        if (location == null || location.range() == null) {
            return Optional.empty();
        }
        return workspace.file(location.path()).map(file -> file.text().slice(location.range()));
    }
}
