package dev.cgoguard.gopkg;

import dev.cgoguard.workspace.Workspace;
import dev.cgoguard.workspace.WorkspaceScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Writes small Go workspaces into a temporary folder and scans them. */
final class GoFixture {
    static final BuildContext CGO_ON = BuildContext.linuxAmd64(Set.of(), true);
    static final BuildContext CGO_OFF = BuildContext.linuxAmd64(Set.of(), false);

    private final Path root;

    GoFixture(Path root) {
        this.root = root;
    }

    GoFixture file(String relPath, String text) {
        try {
            Path file = root.resolve(relPath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Workspace scan() {
        try {
            return new WorkspaceScanner().scan(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A graph without GOROOT or module cache, so results do not depend on the machine. */
    GoPackageGraph graph() {
        return GoPackageGraph.of(scan(), GoEnvironment.none());
    }

    GoPackageGraph graph(GoEnvironment environment) {
        return GoPackageGraph.of(scan(), environment);
    }

    Path root() {
        return root;
    }
}
