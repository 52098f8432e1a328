package dev.cgoguard.plan;

import dev.cgoguard.parse.TreeCache;
import dev.cgoguard.workspace.Workspace;

/**
 * What a {@link GoCommandSource} evaluates a file with: the workspace snapshot (for the files it
 * reads besides), what the user tells about the builds, the parsed trees and what planning keeps
 * between runs.
 */
public record PlanningContext(Workspace workspace, BuildInputs inputs, TreeCache trees, PlanningCache cache) {
}
