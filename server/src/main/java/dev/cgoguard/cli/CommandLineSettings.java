package dev.cgoguard.cli;

import dev.cgoguard.config.EffectiveSettings;
import dev.cgoguard.config.ExcludeGlobs;
import dev.cgoguard.config.SettingsOverrides;
import dev.cgoguard.config.SettingsProblem;
import dev.cgoguard.config.SettingsResolver;
import dev.cgoguard.host.Host;
import dev.cgoguard.rules.RuleRegistry;
import dev.cgoguard.workspace.GoSourceAccess;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The command line's side of the settings: checks the rule options, turns them into overrides and
 * asks the core's {@link SettingsResolver} for each target's settings. Every problem is printed as
 * {@code cgoguard: <where>: <what>} and makes the caller exit with 2 (the methods then return null).
 */
final class CommandLineSettings {
    private final SettingsResolver resolver;
    private final PrintWriter err;

    CommandLineSettings(RuleRegistry rules, PrintWriter err) {
        this.resolver = new SettingsResolver(rules);
        this.err = err;
    }

    SettingsOverrides overrides(AnalysisSettingsOptions options, List<String> enable, List<String> disable, List<String> exclude) {
        return overrides(options, enable, disable, exclude, List.of());
    }

    /** @param fixChoices the {@code RULE:ALTERNATIVE} values of {@code --fix} */
    SettingsOverrides overrides(AnalysisSettingsOptions options, List<String> enable, List<String> disable, List<String> exclude,
            List<String> fixChoices) {
        boolean ok = true;
        for (String id : Stream.concat(enable.stream(), disable.stream()).toList()) {
            ok &= knownRule(id);
        }
        Map<String, String> severities = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : options.severities.entrySet()) {
            Optional<String> level = SettingsResolver.level(e.getValue());
            if (!knownRule(e.getKey())) {
                ok = false;
            } else if (level.isEmpty()) {
                err.println("cgoguard: --severity " + e.getKey() + "=" + e.getValue()
                        + ": the level must be error, warning, info, hint or off");
                ok = false;
            } else {
                severities.put(e.getKey(), level.get());
            }
        }
        if (options.host != null && Host.parse(options.host).isEmpty()) {
            err.println("cgoguard: --host " + options.host + ": use " + Host.syntax());
            ok = false;
        }
        if (options.goSources != null) {
            for (String entry : options.goSources) {
                Optional<String> refused = GoSourceAccess.problem(entry);
                if (refused.isPresent()) {
                    err.println("cgoguard: --go-sources " + entry + ": " + refused.get());
                    ok = false;
                }
            }
        }
        try {
            new ExcludeGlobs(exclude);
        } catch (IllegalArgumentException e) {
            err.println("cgoguard: " + e.getMessage());
            ok = false;
        }
        Map<String, String> fixes = new LinkedHashMap<>();
        for (String choice : fixChoices) {
            int colon = choice.indexOf(':');
            if (colon <= 0 || colon == choice.length() - 1) {
                err.println("cgoguard: --fix=" + choice + ": write --fix=RULE:ALTERNATIVE, e.g. --fix=static-glibc-nss:dynamic");
                ok = false;
                continue;
            }
            String rule = choice.substring(0, colon).strip();
            String alternative = choice.substring(colon + 1).strip();
            Optional<String> refused = resolver.fixChoiceProblem(rule, alternative);
            if (refused.isPresent()) {
                err.println("cgoguard: --fix=" + choice + ": " + refused.get());
                ok = false;
            } else {
                fixes.put(rule, alternative);
            }
        }
        if (!ok) {
            return null;
        }
        return new SettingsOverrides(severities, enable, disable, options.buildArgs, options.makeVariables,
                options.targetStage, exclude, fixes, options.host, options.includeThirdParty, options.goSources);
    }

    EffectiveSettings forTarget(LintTarget target, Path explicitConfig, SettingsOverrides overrides) {
        if (explicitConfig != null && !Files.isRegularFile(explicitConfig)) {
            err.println("cgoguard: --config " + explicitConfig + ": no such file");
            return null;
        }
        EffectiveSettings settings = resolver.resolve(target.workspaceRoot(), explicitConfig, overrides);
        if (!settings.valid()) {
            for (SettingsProblem problem : settings.problems()) {
                err.println("cgoguard: " + problem.describe(shown(problem.file())));
            }
            return null;
        }
        return settings;
    }

    private boolean knownRule(String id) {
        if (resolver.knowsRule(id)) {
            return true;
        }
        err.println("cgoguard: unknown rule '" + id + "'; 'cgoguard rules' lists them");
        return false;
    }

    /** A path relative to the current directory when it lies below it. */
    private static String shown(Path file) {
        Path cwd = Paths.get("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }
}
