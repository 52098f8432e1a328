package dev.cgoguard.plan;

import dev.cgoguard.condition.Condition;
import dev.cgoguard.condition.When;
import dev.cgoguard.gocmd.GoInvocation;
import java.util.List;

/**
 * A go command found in some file, with what is known about where it runs: where it comes from,
 * the conditions under which it runs, its working directory (workspace-relative; absolute inside an
 * image; null when unknown), the platform it builds on, the image or runner it builds in and the
 * image it runs in (each null when not known).
 */
public record GoCommandSite(PlanOrigin origin, When conditions, String workingDirectory, Platform host,
        BuildEnvironment buildEnvironment, RunEnvironment runEnvironment, GoInvocation invocation) {

    /** A command that runs when all of {@code conditions} hold. */
    public GoCommandSite(PlanOrigin origin, List<Condition> conditions, String workingDirectory, Platform host,
            BuildEnvironment buildEnvironment, RunEnvironment runEnvironment, GoInvocation invocation) {
        this(origin, When.all(conditions), workingDirectory, host, buildEnvironment, runEnvironment, invocation);
    }

    /** The same command, run only when {@code more} hold as well (before its own conditions). */
    public GoCommandSite alsoWhen(List<Condition> more) {
        return more.isEmpty() ? this : new GoCommandSite(origin, When.all(more).and(conditions), workingDirectory, host,
                buildEnvironment, runEnvironment, invocation);
    }
}
