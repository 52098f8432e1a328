package dev.cgoguard.kinds.goreleaser;

import java.util.List;
import java.util.Set;

/**
 * A {@code dockers[]} (v1) or {@code dockers_v2[]} entry: the builds whose binaries it copies (null:
 * every build), the platforms it is built for, and its Dockerfile (workspace-relative).
 */
record ReleaseImage(Set<String> buildIds, List<GoTargets.Target> platforms, String dockerfile) {
    boolean takes(ReleaseBuild build, GoTargets.Target target) {
        return (buildIds == null || buildIds.contains(build.id())) && platforms.contains(target);
    }
}
