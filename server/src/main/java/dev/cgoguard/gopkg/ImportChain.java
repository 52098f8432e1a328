package dev.cgoguard.gopkg;

import java.util.List;

/**
 * How a built package reaches a standard-library package of interest: the import steps from the
 * target down to the first import that leaves the workspace (its location is what a finding points
 * at), then the standard-library path onwards as plain package paths.
 * Example: {@code main.go: import "net/http"} then {@code [net/http, crypto/tls, net]}.
 */
public record ImportChain(List<GoImport> workspaceSteps, List<String> stdPath) {
    /** The package at the end of the chain, e.g. {@code net} or {@code os/user}. */
    public String reached() {
        if (!stdPath.isEmpty()) {
            return stdPath.get(stdPath.size() - 1);
        }
        return workspaceSteps.isEmpty() ? "" : workspaceSteps.get(workspaceSteps.size() - 1).path();
    }

    /**
     * True when the chain starts in the workspace, so that it has an import line there; false when
     * the package built is itself outside the workspace (a standard-library package named on the
     * command line, say), and the chain is only {@link #stdPath}.
     */
    public boolean startsInWorkspace() {
        return !workspaceSteps.isEmpty();
    }

    /** The import line in the workspace that starts this chain's way out of the workspace; null when it does not start there. */
    public GoImport lastWorkspaceImport() {
        return workspaceSteps.isEmpty() ? null : workspaceSteps.get(workspaceSteps.size() - 1);
    }
}
