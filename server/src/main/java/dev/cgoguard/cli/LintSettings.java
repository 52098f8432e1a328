package dev.cgoguard.cli;

import dev.cgoguard.config.CgoguardSettings;
import dev.cgoguard.engine.AnalysisOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings one lint target runs with: the settings file's, overridden by the command line
 * (maps entry by entry; {@code --disable} turns a rule off, {@code --enable} undoes an {@code off};
 * the exclusion globs of both apply).
 */
record LintSettings(AnalysisOptions options, ExcludeGlobs excludes) {

    /** What the command line says, already checked. */
    record Overrides(Map<String, String> severities, List<String> enable, List<String> disable,
            Map<String, String> buildArgs, Map<String, String> makeVars, String target, List<String> exclude) {
    }

    static LintSettings merge(CgoguardSettings file, Overrides cli) {
        Map<String, String> severities = new LinkedHashMap<>(file.rules());
        severities.putAll(cli.severities());
        for (String id : cli.enable()) {
            if ("off".equalsIgnoreCase(severities.get(id))) {
                severities.remove(id);
            }
        }
        for (String id : cli.disable()) {
            severities.put(id, "off");
        }
        Map<String, String> makeVars = new LinkedHashMap<>(file.makeVars());
        makeVars.putAll(cli.makeVars());
        Map<String, String> buildArgs = new LinkedHashMap<>(file.buildArgs());
        buildArgs.putAll(cli.buildArgs());
        String target = cli.target() != null ? cli.target() : file.target();
        List<String> globs = new ArrayList<>(file.exclude());
        globs.addAll(cli.exclude());
        return new LintSettings(new AnalysisOptions(Map.copyOf(makeVars), Map.copyOf(buildArgs), target, Map.copyOf(severities)),
                new ExcludeGlobs(globs));
    }
}
