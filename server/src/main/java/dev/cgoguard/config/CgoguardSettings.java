package dev.cgoguard.config;

import java.util.List;
import java.util.Map;

/**
 * The settings a {@code .cgoguard.yaml} file gives: rule levels by id ({@code error}, {@code warning},
 * {@code info}, {@code hint} or {@code off}), Dockerfile build args, Make variables, exclusion globs
 * (relative to the workspace root), the Dockerfile stage the binary runs in (null: the last), the
 * fix a rule applies by choice, by rule id ({@code static-glibc-nss: dynamic}), the host the builds
 * run on ({@code linux/arm64}; null: the default), whether the build files of third-party trees
 * are analysed too (null: not said), and the Go sources outside the workspace that may be read
 * ({@code goroot}, {@code module-cache}, absolute folders; null: not said).
 */
public record CgoguardSettings(Map<String, String> rules, Map<String, String> buildArgs, Map<String, String> makeVars,
        List<String> exclude, String target, Map<String, String> fixes, String host, Boolean includeThirdParty,
        List<String> goSources) {
    public static final CgoguardSettings EMPTY = new CgoguardSettings(Map.of(), Map.of(), Map.of(), List.of(), null, Map.of(),
            null, null, null);

    public CgoguardSettings {
        rules = Map.copyOf(rules);
        buildArgs = Map.copyOf(buildArgs);
        makeVars = Map.copyOf(makeVars);
        exclude = List.copyOf(exclude);
        fixes = Map.copyOf(fixes);
        goSources = goSources == null ? null : List.copyOf(goSources);
    }

    /** Settings that do not say which Go sources outside the workspace may be read. */
    public CgoguardSettings(Map<String, String> rules, Map<String, String> buildArgs, Map<String, String> makeVars,
            List<String> exclude, String target, Map<String, String> fixes, String host, Boolean includeThirdParty) {
        this(rules, buildArgs, makeVars, exclude, target, fixes, host, includeThirdParty, null);
    }

    /** Settings that choose no fix. */
    public CgoguardSettings(Map<String, String> rules, Map<String, String> buildArgs, Map<String, String> makeVars,
            List<String> exclude, String target) {
        this(rules, buildArgs, makeVars, exclude, target, Map.of(), null, null, null);
    }
}
