package dev.cgoguard.config;

import java.util.List;
import java.util.Map;

/**
 * The settings a {@code .cgoguard.yaml} file gives: rule levels by id ({@code error}, {@code warning},
 * {@code info}, {@code hint} or {@code off}), Dockerfile build args, Make variables, exclusion globs
 * (relative to the workspace root), the Dockerfile stage the binary runs in (null: the last), and
 * the fix a rule applies by choice, by rule id ({@code static-glibc-nss: dynamic}).
 */
public record CgoguardSettings(Map<String, String> rules, Map<String, String> buildArgs, Map<String, String> makeVars,
        List<String> exclude, String target, Map<String, String> fixes) {
    public static final CgoguardSettings EMPTY = new CgoguardSettings(Map.of(), Map.of(), Map.of(), List.of(), null, Map.of());

    public CgoguardSettings {
        rules = Map.copyOf(rules);
        buildArgs = Map.copyOf(buildArgs);
        makeVars = Map.copyOf(makeVars);
        exclude = List.copyOf(exclude);
        fixes = Map.copyOf(fixes);
    }

    /** Settings that choose no fix. */
    public CgoguardSettings(Map<String, String> rules, Map<String, String> buildArgs, Map<String, String> makeVars,
            List<String> exclude, String target) {
        this(rules, buildArgs, makeVars, exclude, target, Map.of());
    }
}
