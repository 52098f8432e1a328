package dev.cgoguard.engine;

import dev.cgoguard.plan.BuildInputs;
import java.util.Map;

/**
 * Settings of one analysis: Make variables given on the command line, Dockerfile build args, the
 * Dockerfile stage the binary runs in (null: the last stage), and rule severities
 * ({@code "off"} disables a rule).
 */
public record AnalysisOptions(Map<String, String> makeVariables, Map<String, String> buildArgs, String targetStage,
        Map<String, String> ruleSeverities) {
    public static final AnalysisOptions DEFAULTS = new AnalysisOptions(Map.of(), Map.of(), null, Map.of());

    /** The part planning reads. */
    public BuildInputs buildInputs() {
        return new BuildInputs(makeVariables, buildArgs, targetStage);
    }
}
