package dev.cgoguard.lsp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Settings, files changed on disk, and workspace folders coming and going. */
final class CgoguardWorkspaceService implements WorkspaceService {
    private final ServerSession session;

    CgoguardWorkspaceService(ServerSession session) {
        this.session = session;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        Object settings = params.getSettings();
        if (settings == null || settings instanceof com.google.gson.JsonNull) {
            session.fetchConfiguration(); // the client announces a change and expects to be asked
        } else {
            session.configure(settings);
        }
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        if (params.getChanges() == null) {
            return;
        }
        for (FileEvent event : params.getChanges()) {
            for (WorkspaceRoot root : session.roots.rootsContaining(event.getUri())) {
                Optional<String> rel = root.relativePath(event.getUri());
                Optional<Path> path = DocumentUris.toPath(event.getUri());
                if (event.getType() == FileChangeType.Created && path.isPresent() && Files.isDirectory(path.get())) {
                    root.rescan(); // a folder moved in: its files are unknown
                } else {
                    rel.ifPresent(root::fileChanged);
                }
            }
        }
        session.scheduler.request();
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        var event = params.getEvent();
        if (event == null) {
            return;
        }
        Set<String> cleared = new HashSet<>();
        if (event.getRemoved() != null) {
            for (WorkspaceFolder folder : event.getRemoved()) {
                DocumentUris.toPath(folder.getUri()).ifPresent(path -> {
                    Path normalized = path.toAbsolutePath().normalize();
                    session.roots.remove(normalized);
                    cleared.addAll(session.findings.remove(normalized));
                    session.snapshots.remove(normalized);
                });
            }
        }
        if (event.getAdded() != null) {
            for (WorkspaceFolder folder : event.getAdded()) {
                DocumentUris.toPath(folder.getUri()).ifPresent(session.roots::add);
            }
        }
        session.publisher.publish(cleared);
        session.scheduler.request();
    }
}
