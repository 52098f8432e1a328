package dev.cgoguard.config;

import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.host.Host;
import dev.cgoguard.rules.Rule;
import dev.cgoguard.rules.RuleRegistry;
import dev.cgoguard.workspace.GoSourceAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place settings are worked out, for the command line and the editor alike: the settings
 * file that governs a workspace (the one given, else the nearest {@code .cgoguard.yaml} from the
 * workspace root up to the git root), read and checked against the known rules, with the
 * front-end's overrides on top. A settings file with problems is reported and not applied: the
 * overrides alone hold then. Files are read again only when they change on disk. Safe to share
 * between threads.
 */
public final class SettingsResolver {
    private record Read(long modified, long size, SettingsFile file) {
    }

    private final Set<String> ruleIds = new LinkedHashSet<>();
    private final FixChoices fixChoices;
    private final Map<Path, Read> files = new ConcurrentHashMap<>();

    public SettingsResolver(RuleRegistry rules) {
        for (Rule rule : rules.all()) {
            ruleIds.add(rule.info().id());
        }
        this.fixChoices = new FixChoices(rules);
    }

    /** Whether a rule id names a rule. */
    public boolean knowsRule(String id) {
        return ruleIds.contains(id);
    }

    /** Why a front-end's fix choice ({@code --fix=RULE:ALTERNATIVE}, the editor's {@code fixes}) cannot be made, or empty. */
    public Optional<String> fixChoiceProblem(String rule, String alternative) {
        return fixChoices.problem(rule, alternative);
    }

    /** The level a setting gives ({@code error}, {@code warning}, {@code info}, {@code hint} or {@code off}), normalised, or empty. */
    public static Optional<String> level(String text) {
        String level = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return SettingsFileReader.LEVELS.contains(level) ? Optional.of(level) : Optional.empty();
    }

    /**
     * The settings of the workspace at {@code root}: {@code explicitFile} when given (it must exist),
     * else the nearest settings file, with {@code overrides} on top.
     *
     * @throws IllegalArgumentException when an override's exclusion glob is not valid
     */
    public EffectiveSettings resolve(Path root, Path explicitFile, SettingsOverrides overrides) {
        Optional<Path> file = explicitFile != null ? Optional.of(explicitFile.toAbsolutePath().normalize())
                : SettingsFileLocator.nearest(root);
        CgoguardSettings fromFile = CgoguardSettings.EMPTY;
        List<SettingsProblem> problems = new ArrayList<>();
        if (file.isPresent()) {
            SettingsFile read = read(file.get());
            if (read.valid()) {
                fromFile = read.settings();
                try {
                    new ExcludeGlobs(fromFile.exclude());
                } catch (IllegalArgumentException e) {
                    problems.add(new SettingsProblem(file.get(), 1, 1, e.getMessage()));
                    fromFile = CgoguardSettings.EMPTY;
                }
            } else {
                problems.addAll(read.problems());
            }
        }
        return merge(fromFile, overrides, file, problems);
    }

    private SettingsFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new SettingsFile(file, CgoguardSettings.EMPTY, List.of(new SettingsProblem(file, 1, 1, "no such file")));
        }
        long modified;
        long size;
        try {
            modified = Files.getLastModifiedTime(file).toMillis();
            size = Files.size(file);
        } catch (java.io.IOException e) {
            return new SettingsFileReader(ruleIds, fixChoices).read(file);
        }
        Read known = files.get(file);
        if (known != null && known.modified() == modified && known.size() == size) {
            return known.file();
        }
        SettingsFile read = new SettingsFileReader(ruleIds, fixChoices).read(file);
        files.put(file, new Read(modified, size, read));
        return read;
    }

    private static EffectiveSettings merge(CgoguardSettings file, SettingsOverrides overrides, Optional<Path> path,
            List<SettingsProblem> problems) {
        Map<String, String> severities = new LinkedHashMap<>(file.rules());
        severities.putAll(overrides.severities());
        for (String id : overrides.enable()) {
            if ("off".equalsIgnoreCase(severities.get(id))) {
                severities.remove(id);
            }
        }
        for (String id : overrides.disable()) {
            severities.put(id, "off");
        }
        Map<String, String> makeVars = new LinkedHashMap<>(file.makeVars());
        makeVars.putAll(overrides.makeVars());
        Map<String, String> buildArgs = new LinkedHashMap<>(file.buildArgs());
        buildArgs.putAll(overrides.buildArgs());
        String target = overrides.target() != null ? overrides.target() : file.target();
        List<String> globs = new ArrayList<>(file.exclude());
        globs.addAll(overrides.exclude());
        String hostText = overrides.host() != null ? overrides.host() : file.host();
        Host host = Host.parse(hostText).orElse(Host.DEFAULT);
        boolean thirdParty = overrides.includeThirdParty() != null ? overrides.includeThirdParty()
                : Boolean.TRUE.equals(file.includeThirdParty());
        Map<String, String> fixes = new LinkedHashMap<>(file.fixes());
        fixes.putAll(overrides.fixes());
        List<String> goSources = overrides.goSources() != null ? overrides.goSources() : file.goSources();
        AnalysisOptions options = new AnalysisOptions(Map.copyOf(makeVars), Map.copyOf(buildArgs), target,
                Map.copyOf(severities), Map.copyOf(fixes), host, thirdParty, GoSourceAccess.of(goSources));
        return new EffectiveSettings(options, new ExcludeGlobs(globs), path, problems);
    }
}
