package dev.cgoguard.gopkg;

import dev.cgoguard.testing.TestProject;
import dev.cgoguard.workspace.Workspace;
import java.nio.file.Path;
import java.util.Set;

/** Small Go workspaces written with the tests' {@link TestProject}, and their package graphs. */
final class GoFixture {
    static final BuildContext CGO_ON = BuildContext.linuxAmd64(Set.of(), true);
    static final BuildContext CGO_OFF = BuildContext.linuxAmd64(Set.of(), false);

    private final TestProject project;

    GoFixture(Path root) {
        this.project = new TestProject(root);
    }

    GoFixture file(String relPath, String text) {
        project.file(relPath, text);
        return this;
    }

    Workspace scan() {
        return project.workspace();
    }

    /** A graph without GOROOT or module cache, so results do not depend on the machine. */
    GoPackageGraph graph() {
        return GoPackageGraph.of(scan(), GoEnvironment.none());
    }

    GoPackageGraph graph(GoEnvironment environment) {
        return GoPackageGraph.of(scan(), environment);
    }

    Path root() {
        return project.root();
    }
}
