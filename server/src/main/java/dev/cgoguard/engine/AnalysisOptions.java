package dev.cgoguard.engine;

import dev.cgoguard.host.Host;
import dev.cgoguard.plan.BuildInputs;
import java.util.Map;

/**
 * Settings of one analysis: Make variables given on the command line, Dockerfile build args, the
 * Dockerfile stage the binary runs in (null: the last stage), rule severities ({@code "off"}
 * disables a rule), the host the builds run on, and whether the build files of third-party trees
 * are analysed too.
 */
public record AnalysisOptions(Map<String, String> makeVariables, Map<String, String> buildArgs, String targetStage,
        Map<String, String> ruleSeverities, Host host, boolean includeThirdParty) {
    public static final AnalysisOptions DEFAULTS = new AnalysisOptions(Map.of(), Map.of(), null, Map.of());

    public AnalysisOptions {
        host = host == null ? Host.DEFAULT : host;
    }

    /** Options on the default host, without third-party build files. */
    public AnalysisOptions(Map<String, String> makeVariables, Map<String, String> buildArgs, String targetStage,
            Map<String, String> ruleSeverities) {
        this(makeVariables, buildArgs, targetStage, ruleSeverities, Host.DEFAULT, false);
    }

    /** The part planning reads. */
    public BuildInputs buildInputs() {
        return new BuildInputs(makeVariables, buildArgs, targetStage, host, includeThirdParty);
    }
}
