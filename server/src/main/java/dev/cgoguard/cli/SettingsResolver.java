package dev.cgoguard.cli;

import dev.cgoguard.config.CgoguardSettings;
import dev.cgoguard.config.SettingsFile;
import dev.cgoguard.config.SettingsFileLocator;
import dev.cgoguard.config.SettingsFileReader;
import dev.cgoguard.config.SettingsProblem;
import dev.cgoguard.rules.Rule;
import dev.cgoguard.rules.RuleRegistry;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the command line's rule options and finds, reads and merges each target's settings file.
 * Every problem is printed as {@code cgoguard: <where>: <what>} and makes the caller exit with 2
 * (the methods then return null).
 */
final class SettingsResolver {
    private final Set<String> ruleIds = new LinkedHashSet<>();
    private final PrintWriter err;
    private final Map<Path, SettingsFile> read = new HashMap<>();

    SettingsResolver(RuleRegistry rules, PrintWriter err) {
        for (Rule rule : rules.all()) {
            ruleIds.add(rule.info().id());
        }
        this.err = err;
    }

    LintSettings.Overrides overrides(AnalysisSettingsOptions options, List<String> enable, List<String> disable, List<String> exclude) {
        boolean ok = true;
        for (String id : concat(enable, disable)) {
            ok &= knownRule(id);
        }
        Map<String, String> severities = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : options.severities.entrySet()) {
            String level = e.getValue().toLowerCase(Locale.ROOT).strip();
            if (!knownRule(e.getKey())) {
                ok = false;
            } else if (!SettingsFileReader.LEVELS.contains(level)) {
                err.println("cgoguard: --severity " + e.getKey() + "=" + e.getValue()
                        + ": the level must be error, warning, info, hint or off");
                ok = false;
            } else {
                severities.put(e.getKey(), level);
            }
        }
        try {
            new ExcludeGlobs(exclude);
        } catch (IllegalArgumentException e) {
            err.println("cgoguard: " + e.getMessage());
            ok = false;
        }
        if (!ok) {
            return null;
        }
        return new LintSettings.Overrides(severities, List.copyOf(enable), List.copyOf(disable), Map.copyOf(options.buildArgs),
                Map.copyOf(options.makeVariables), options.targetStage, List.copyOf(exclude));
    }

    LintSettings forTarget(LintTarget target, Path explicitConfig, LintSettings.Overrides overrides) {
        Optional<Path> file;
        if (explicitConfig != null) {
            if (!Files.isRegularFile(explicitConfig)) {
                err.println("cgoguard: --config " + explicitConfig + ": no such file");
                return null;
            }
            file = Optional.of(explicitConfig.toAbsolutePath().normalize());
        } else {
            file = SettingsFileLocator.nearest(target.workspaceRoot());
        }
        CgoguardSettings settings = CgoguardSettings.EMPTY;
        if (file.isPresent()) {
            SettingsFile settingsFile = read.computeIfAbsent(file.get(), new SettingsFileReader(ruleIds)::read);
            if (!settingsFile.valid()) {
                for (SettingsProblem problem : settingsFile.problems()) {
                    err.println("cgoguard: " + problem.describe(shown(problem.file())));
                }
                return null;
            }
            settings = settingsFile.settings();
        }
        try {
            return LintSettings.merge(settings, overrides);
        } catch (IllegalArgumentException e) {
            err.println("cgoguard: " + file.map(this::shown).orElse("") + ": " + e.getMessage());
            return null;
        }
    }

    private boolean knownRule(String id) {
        if (ruleIds.contains(id)) {
            return true;
        }
        err.println("cgoguard: unknown rule '" + id + "'; 'cgoguard rules' lists them");
        return false;
    }

    /** A path relative to the current directory when it lies below it. */
    private String shown(Path file) {
        Path cwd = Paths.get("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
