package dev.cgoguard.plan;

import dev.cgoguard.gocmd.GoInvocation;
import java.util.List;

/**
 * A go command found in some file, with what is known about where it runs: where it comes from,
 * the conditions under which it runs, its working directory (workspace-relative; absolute inside an
 * image; null when unknown), the platform it builds on, the image or runner it builds in and the
 * image it runs in (each null when not known).
 */
public record GoCommandSite(PlanOrigin origin, List<String> conditions, String workingDirectory, Platform host,
        BuildEnvironment buildEnvironment, RunEnvironment runEnvironment, GoInvocation invocation) {
    public GoCommandSite {
        conditions = List.copyOf(conditions);
    }
}
