package dev.cgoguard.kinds.goreleaser;

import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * One {@code builds[]} entry of a GoReleaser configuration (or the build GoReleaser makes when there
 * is none), as configured: its mapping node (null for the default build), id, main package, working
 * folder, binary name (and whether the configuration writes it), environment settings ({@code NAME=value}, the global {@code env:} first),
 * targets, flags, linker flags, tags, build mode, go subcommand and per-target overrides.
 */
record ReleaseBuild(Node node, String id, String main, String dir, String binary, boolean binaryWritten, List<String> env,
        List<GoTargets.Target> targets, List<String> flags, List<String> ldflags, List<String> tags, String buildmode,
        String command, List<Override> overrides) {

    /** An {@code overrides[]} entry: the target it applies to (null: any) and what it sets (null: not set). */
    record Override(String goos, String goarch, List<String> env, List<String> flags, List<String> ldflags, List<String> tags) {
        boolean appliesTo(GoTargets.Target target) {
            return (goos == null || goos.equals(target.goos())) && (goarch == null || goarch.equals(target.goarch()));
        }
    }

    /** The override that applies to a target, if any (the first that matches). */
    Override overrideFor(GoTargets.Target target) {
        return overrides.stream().filter(o -> o.appliesTo(target)).findFirst().orElse(null);
    }

    /** Whether the configured environment turns cgo on ({@code CGO_ENABLED=1}, the last setting winning). */
    boolean cgoOn() {
        String value = null;
        for (String setting : env) {
            if (setting.startsWith("CGO_ENABLED=")) {
                value = setting.substring("CGO_ENABLED=".length());
            }
        }
        return "1".equals(value);
    }
}
