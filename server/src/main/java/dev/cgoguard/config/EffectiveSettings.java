package dev.cgoguard.config;

import dev.cgoguard.engine.AnalysisOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The settings one workspace is analysed with, the same for the command line and the editor: the
 * analysis options, the paths left out, the settings file they came from (empty when none applies),
 * and the problems of that file (a file with problems is not applied).
 */
public record EffectiveSettings(AnalysisOptions options, ExcludeGlobs excludes, Optional<Path> file,
        List<SettingsProblem> problems) {
    public static final EffectiveSettings DEFAULTS = new EffectiveSettings(AnalysisOptions.DEFAULTS, ExcludeGlobs.NONE,
            Optional.empty(), List.of());

    public EffectiveSettings {
        problems = List.copyOf(problems);
    }

    /** True when the settings file (if any) was read without problems. */
    public boolean valid() {
        return problems.isEmpty();
    }
}
