package dev.cgoguard.engine;

import dev.cgoguard.plan.BuildInputs;
import java.util.Map;

/**
 * Settings of one analysis: Make variables given on the command line, Dockerfile build args, the
 * Dockerfile stage the binary runs in (null: the last stage), rule severities ({@code "off"}
 * disables a rule), and the fix each rule applies by choice, by rule id ({@code static-glibc-nss:
 * dynamic}; a rule not named applies its preferred fix).
 */
public record AnalysisOptions(Map<String, String> makeVariables, Map<String, String> buildArgs, String targetStage,
        Map<String, String> ruleSeverities, Map<String, String> fixChoices) {
    public static final AnalysisOptions DEFAULTS = new AnalysisOptions(Map.of(), Map.of(), null, Map.of(), Map.of());

    public AnalysisOptions {
        fixChoices = fixChoices == null ? Map.of() : Map.copyOf(fixChoices);
    }

    /** Options that choose no fix: every rule applies its preferred one. */
    public AnalysisOptions(Map<String, String> makeVariables, Map<String, String> buildArgs, String targetStage,
            Map<String, String> ruleSeverities) {
        this(makeVariables, buildArgs, targetStage, ruleSeverities, Map.of());
    }

    /** The part planning reads. */
    public BuildInputs buildInputs() {
        return new BuildInputs(makeVariables, buildArgs, targetStage);
    }
}
