package dev.cgoguard.engine;

import dev.cgoguard.host.Host;
import dev.cgoguard.plan.BuildInputs;
import dev.cgoguard.workspace.GoSourceAccess;
import java.util.Map;

/**
 * Settings of one analysis: Make variables given on the command line, Dockerfile build args, the
 * Dockerfile stage the binary runs in (null: the last stage), rule severities ({@code "off"}
 * disables a rule), the fix each rule applies by choice, by rule id ({@code static-glibc-nss:
 * dynamic}; a rule not named applies its preferred fix), the host the builds run on, whether the
 * build files of third-party trees are analysed too, and which Go sources outside the workspace may
 * be read (by default none).
 */
public record AnalysisOptions(Map<String, String> makeVariables, Map<String, String> buildArgs, String targetStage,
        Map<String, String> ruleSeverities, Map<String, String> fixChoices, Host host, boolean includeThirdParty,
        GoSourceAccess goSources) {
    public static final AnalysisOptions DEFAULTS = new AnalysisOptions(Map.of(), Map.of(), null, Map.of());

    public AnalysisOptions {
        fixChoices = fixChoices == null ? Map.of() : Map.copyOf(fixChoices);
        host = host == null ? Host.DEFAULT : host;
        goSources = goSources == null ? GoSourceAccess.NONE : goSources;
    }

    /** Options that read nothing outside the workspace. */
    public AnalysisOptions(Map<String, String> makeVariables, Map<String, String> buildArgs, String targetStage,
            Map<String, String> ruleSeverities, Map<String, String> fixChoices, Host host, boolean includeThirdParty) {
        this(makeVariables, buildArgs, targetStage, ruleSeverities, fixChoices, host, includeThirdParty, GoSourceAccess.NONE);
    }

    /** Options that choose no fix, on the default host, without third-party build files. */
    public AnalysisOptions(Map<String, String> makeVariables, Map<String, String> buildArgs, String targetStage,
            Map<String, String> ruleSeverities) {
        this(makeVariables, buildArgs, targetStage, ruleSeverities, Map.of(), Host.DEFAULT, false);
    }

    /** Options that choose fixes, on the default host, without third-party build files. */
    public AnalysisOptions(Map<String, String> makeVariables, Map<String, String> buildArgs, String targetStage,
            Map<String, String> ruleSeverities, Map<String, String> fixChoices) {
        this(makeVariables, buildArgs, targetStage, ruleSeverities, fixChoices, Host.DEFAULT, false);
    }

    /** Options that choose no fix, on a host, with or without third-party build files. */
    public AnalysisOptions(Map<String, String> makeVariables, Map<String, String> buildArgs, String targetStage,
            Map<String, String> ruleSeverities, Host host, boolean includeThirdParty) {
        this(makeVariables, buildArgs, targetStage, ruleSeverities, Map.of(), host, includeThirdParty);
    }

    /** The part planning reads. */
    public BuildInputs buildInputs() {
        return new BuildInputs(makeVariables, buildArgs, targetStage, host, includeThirdParty, goSources);
    }
}
