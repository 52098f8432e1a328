package dev.cgoguard.lsp;

import java.util.List;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** The files whose changes on disk the server wants to hear about, as a dynamic registration. */
final class WatchedFiles {
    static final String METHOD = "workspace/didChangeWatchedFiles";
    static final String REGISTRATION_ID = "cgoguard-watched-files";
    static final List<String> GLOBS = List.of("**/Makefile", "**/*.mk", "**/GNUmakefile", "**/Dockerfile*",
            "**/*.Dockerfile", "**/Containerfile", "**/*.sh", "**/*.go", "**/go.mod", "**/go.work",
            "**/.github/workflows/*.{yml,yaml}", "**/.cgoguard.{yaml,yml}");

    private WatchedFiles() {
    }

    static RegistrationParams registration() {
        List<FileSystemWatcher> watchers = GLOBS.stream()
                .map(glob -> new FileSystemWatcher(Either.<String, org.eclipse.lsp4j.RelativePattern>forLeft(glob)))
                .toList();
        return new RegistrationParams(List.of(new Registration(REGISTRATION_ID, METHOD,
                new DidChangeWatchedFilesRegistrationOptions(watchers))));
    }
}
