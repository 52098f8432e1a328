package dev.cgoguard.engine;

import dev.cgoguard.rules.SourceSnippets;
import dev.cgoguard.rules.fixes.CommandText;
import dev.cgoguard.rules.fixes.CommandTextSource;
import dev.cgoguard.workspace.FileKinds;
import dev.cgoguard.workspace.SourceLocation;
import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Source snippets read from the workspace snapshot being analysed (open editor documents included);
 * a go command in the syntax of its file's kind.
 */
final class WorkspaceSnippets implements SourceSnippets {
    private final Workspace workspace;
    /** The go command at each location asked for: several rules' fixes read the same command. */
    private final Map<SourceLocation, Optional<CommandText>> commands = new ConcurrentHashMap<>();

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

    @Override
    public Optional<CommandText> command(SourceLocation location) {
        Optional<CommandText> known = commands.get(location);
        if (known == null) {
            known = read(location);
            commands.put(location, known);
        }
        return known;
    }

    private Optional<CommandText> read(SourceLocation location) {
        Optional<WorkspaceFile> file = workspace.file(location.path());
        Optional<CommandTextSource> source = file.flatMap(f -> FileKinds.support(f.kind(), CommandTextSource.class));
        if (source.isPresent()) {
            return source.get().commandText(location, file.get().text());
        }
        return SourceSnippets.super.command(location);
    }
}
