package dev.cgoguard.config;

import java.util.List;
import java.util.Map;

/**
 * What a front-end says on top of the settings file: the command line's options, or the editor's
 * {@code cgoguard} settings. Maps override the file's entry by entry ({@code fixes} too: the fix a
 * rule applies by choice); {@code disable} turns rules off and {@code enable} undoes an
 * {@code off}; the exclusion globs of both apply; a target stage, a host ({@code linux/arm64}), the
 * third-party choice and the Go sources outside the workspace that may be read (null: not said)
 * replace the file's.
 */
public record SettingsOverrides(Map<String, String> severities, List<String> enable, List<String> disable,
        Map<String, String> buildArgs, Map<String, String> makeVars, String target, List<String> exclude,
        Map<String, String> fixes, String host, Boolean includeThirdParty, List<String> goSources) {
    public static final SettingsOverrides NONE = new SettingsOverrides(Map.of(), List.of(), List.of(), Map.of(), Map.of(),
            null, List.of(), Map.of(), null, null, null);

    public SettingsOverrides {
        severities = Map.copyOf(severities);
        enable = List.copyOf(enable);
        disable = List.copyOf(disable);
        buildArgs = Map.copyOf(buildArgs);
        makeVars = Map.copyOf(makeVars);
        exclude = List.copyOf(exclude);
        fixes = Map.copyOf(fixes);
        goSources = goSources == null ? null : List.copyOf(goSources);
    }

    /** Overrides that leave the Go sources outside the workspace to the settings file. */
    public SettingsOverrides(Map<String, String> severities, List<String> enable, List<String> disable,
            Map<String, String> buildArgs, Map<String, String> makeVars, String target, List<String> exclude,
            Map<String, String> fixes, String host, Boolean includeThirdParty) {
        this(severities, enable, disable, buildArgs, makeVars, target, exclude, fixes, host, includeThirdParty, null);
    }

    /** Overrides that choose no fix and leave the host and the third-party choice to the settings file. */
    public SettingsOverrides(Map<String, String> severities, List<String> enable, List<String> disable,
            Map<String, String> buildArgs, Map<String, String> makeVars, String target, List<String> exclude) {
        this(severities, enable, disable, buildArgs, makeVars, target, exclude, Map.of(), null, null);
    }

    /** Overrides that choose fixes and leave the host and the third-party choice to the settings file. */
    public SettingsOverrides(Map<String, String> severities, List<String> enable, List<String> disable,
            Map<String, String> buildArgs, Map<String, String> makeVars, String target, List<String> exclude,
            Map<String, String> fixes) {
        this(severities, enable, disable, buildArgs, makeVars, target, exclude, fixes, null, null);
    }
}
