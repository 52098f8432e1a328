package dev.cgoguard.plan;

import dev.cgoguard.gocmd.GoInvocation;
import dev.cgoguard.gocmd.LinkerFlags;
import dev.cgoguard.shell.ShellValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds go invocations for plan tests without going through the shell. */
final class Invocations {
    private final Map<String, ShellValue> env = new LinkedHashMap<>();
    private List<String> tags;
    private String linkMode;
    private List<String> extldflags = List.of();
    private String buildMode;
    private boolean msan;

    static Invocations goBuild() {
        return new Invocations();
    }

    Invocations env(String name, String value) {
        env.put(name, ShellValue.known(value));
        return this;
    }

    Invocations unknownEnv(String name) {
        env.put(name, ShellValue.unknown("$(shell ./detect)"));
        return this;
    }

    Invocations tags(String... values) {
        tags = List.of(values);
        return this;
    }

    Invocations linkMode(String mode) {
        linkMode = mode;
        return this;
    }

    Invocations extldflags(String... flags) {
        extldflags = List.of(flags);
        return this;
    }

    Invocations buildMode(String mode) {
        buildMode = mode;
        return this;
    }

    Invocations msan() {
        msan = true;
        return this;
    }

    GoInvocation build() {
        LinkerFlags ldflags = new LinkerFlags("", List.of(), linkMode, !extldflags.isEmpty(), extldflags, null, false, false);
        return new GoInvocation("build", null, List.of("."), null, tags, ldflags, buildMode, false, msan, false, false,
                false, null, Map.copyOf(env), List.of());
    }
}
