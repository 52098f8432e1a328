package dev.cgoguard.plan;

import dev.cgoguard.gocmd.GoInvocation;

/** A go command found in some file, with what is known about where it runs. */
record GoCommandSite(PlanFactory.Setting setting, GoInvocation invocation) {
}
