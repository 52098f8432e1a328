package dev.cgoguard.lsp;

import dev.cgoguard.workspace.FileKinds;
import java.util.List;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The files whose changes on disk the server wants to hear about, as a dynamic registration: the
 * globs of every registered file kind (an extensionless shell script is seen when it is opened).
 */
final class WatchedFiles {
    static final String METHOD = "workspace/didChangeWatchedFiles";
    static final String REGISTRATION_ID = "cgoguard-watched-files";
    /** Every registered file kind's globs, then the settings file. */
    static final List<String> GLOBS = globs();

    private WatchedFiles() {
    }

    private static List<String> globs() {
        List<String> globs = new java.util.ArrayList<>();
        FileKinds.all().forEach(kind -> globs.addAll(kind.globs()));
        globs.add("**/.cgoguard.{yaml,yml}");
        return List.copyOf(globs);
    }

    static RegistrationParams registration() {
        List<FileSystemWatcher> watchers = GLOBS.stream()
                .map(glob -> new FileSystemWatcher(Either.<String, org.eclipse.lsp4j.RelativePattern>forLeft(glob)))
                .toList();
        return new RegistrationParams(List.of(new Registration(REGISTRATION_ID, METHOD,
                new DidChangeWatchedFilesRegistrationOptions(watchers))));
    }
}
