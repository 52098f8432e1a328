package dev.cgoguard.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.cgoguard.config.ExcludeGlobs;
import dev.cgoguard.config.SettingsOverrides;
import dev.cgoguard.config.SettingsResolver;
import dev.cgoguard.host.Host;
import dev.cgoguard.workspace.GoSourceAccess;
import dev.cgoguard.workspace.ScanLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads the {@code cgoguard} settings (from initializationOptions or workspace/didChangeConfiguration)
 * into the overrides the core's settings resolver lays over the workspace's {@code .cgoguard.yaml}:
 * {@code {"rules": {"<id>": "error|warning|info|hint|off"}, "fixes": {"<id>": "<alternative>"}, "buildArgs": {..},
 * "makeVariables": {..}, "targetStage": "..", "exclude": ["vendor/**"], "host": "linux/arm64", "includeThirdParty": false,
 * "goSources": ["goroot", "module-cache", "/abs/folder"], "inlayHints": true, "maxFiles": 100000}}.
 * The object may come wrapped in a {@code "cgoguard"} section. A malformed part, an unknown rule or
 * a bad glob is left out (or at its default) with a warning; reading never fails.
 */
final class SettingsReader {
    static final String SECTION = "cgoguard";

    private final Consumer<String> warnings;
    private final Predicate<String> knownRule;
    private final BiFunction<String, String, Optional<String>> fixChoiceProblem;

    /** @param knownRule tells which rule ids name rules (a fix choice is then taken as given) */
    SettingsReader(Consumer<String> warnings, Predicate<String> knownRule) {
        this(warnings, knownRule, (rule, alternative) -> Optional.empty());
    }

    /**
     * @param knownRule tells which rule ids name rules
     * @param fixChoiceProblem why a fix choice cannot be made (the core's check), or empty
     */
    SettingsReader(Consumer<String> warnings, Predicate<String> knownRule,
            BiFunction<String, String, Optional<String>> fixChoiceProblem) {
        this.warnings = warnings;
        this.knownRule = knownRule;
        this.fixChoiceProblem = fixChoiceProblem;
    }

    SettingsOverrides read(Object raw) {
        return section(raw).map(settings -> new SettingsOverrides(ruleSeverities(settings), List.of(), List.of(),
                stringMap(settings, "buildArgs"), stringMap(settings, "makeVariables"), targetStage(settings),
                exclude(settings), fixChoices(settings), host(settings), includeThirdParty(settings), goSources(settings)))
                .orElse(SettingsOverrides.NONE);
    }

    /** The fix each rule applies by choice; a choice the rule cannot make is left out with a warning. */
    private Map<String, String> fixChoices(JsonObject settings) {
        Map<String, String> choices = new LinkedHashMap<>();
        stringMap(settings, "fixes").forEach((rule, alternative) -> {
            Optional<String> refused = fixChoiceProblem.apply(rule, alternative);
            if (refused.isPresent()) {
                warnings.accept("cgoguard settings: fixes." + rule + ": " + refused.get() + "; the rule's preferred fix is applied");
            } else {
                choices.put(rule, alternative.strip());
            }
        });
        return Map.copyOf(choices);
    }

    /** The {@code inlayHints} setting: true unless the settings turn it off. */
    boolean inlayHints(Object raw) {
        JsonElement value = section(raw).map(settings -> settings.get("inlayHints")).orElse(null);
        if (value == null || value.isJsonNull()) {
            return true;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()) {
            return value.getAsBoolean();
        }
        warnings.accept("cgoguard settings: inlayHints must be true or false, got " + value + "; hints stay on");
        return true;
    }

    /** The {@code maxFiles} setting: the most files one workspace folder's scan visits. */
    ScanLimits scanLimits(Object raw) {
        JsonElement value = section(raw).map(settings -> settings.get("maxFiles")).orElse(null);
        if (value == null || value.isJsonNull()) {
            return ScanLimits.DEFAULTS;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            double files = value.getAsDouble();
            if (files >= 1 && files <= Integer.MAX_VALUE && files == Math.rint(files)) {
                return new ScanLimits((int) files);
            }
        }
        warnings.accept("cgoguard settings: maxFiles must be a whole number of files of at least 1, got " + value
                + "; the limit stays " + ScanLimits.DEFAULT_MAX_FILES);
        return ScanLimits.DEFAULTS;
    }

    /** The settings object (unwrapped from a {@code "cgoguard"} section), or empty for none or nonsense. */
    private java.util.Optional<JsonObject> section(Object raw) {
        if (raw == null) {
            return java.util.Optional.empty();
        }
        JsonElement json = raw instanceof JsonElement element ? element : new Gson().toJsonTree(raw);
        if (json.isJsonNull()) {
            return java.util.Optional.empty();
        }
        if (!json.isJsonObject()) {
            warnings.accept("cgoguard settings: expected an object, got " + json + "; using the defaults");
            return java.util.Optional.empty();
        }
        JsonObject settings = json.getAsJsonObject();
        if (settings.has(SECTION)) {
            JsonElement section = settings.get(SECTION);
            if (!section.isJsonObject()) {
                warnings.accept("cgoguard settings: \"cgoguard\" is not an object; using the defaults");
                return java.util.Optional.empty();
            }
            settings = section.getAsJsonObject();
        }
        return java.util.Optional.of(settings);
    }

    private Map<String, String> ruleSeverities(JsonObject settings) {
        Map<String, String> severities = new LinkedHashMap<>();
        stringMap(settings, "rules").forEach((rule, value) -> {
            var level = SettingsResolver.level(value);
            if (!knownRule.test(rule)) {
                warnings.accept("cgoguard settings: rules." + rule + ": unknown rule; 'cgoguard rules' lists them");
            } else if (level.isPresent()) {
                severities.put(rule, level.get());
            } else {
                warnings.accept("cgoguard settings: rules." + rule + " = \"" + value
                        + "\" is not one of error, warning, info, hint, off; the rule keeps its default");
            }
        });
        return Map.copyOf(severities);
    }

    /** The exclusion globs: a list of strings; a glob that is not valid is left out. */
    private List<String> exclude(JsonObject settings) {
        JsonElement value = settings.get("exclude");
        if (value == null || value.isJsonNull()) {
            return List.of();
        }
        if (!value.isJsonArray()) {
            warnings.accept("cgoguard settings: exclude must be a list of globs, got " + value + "; ignored");
            return List.of();
        }
        List<String> globs = new ArrayList<>();
        for (JsonElement element : value.getAsJsonArray()) {
            if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
                warnings.accept("cgoguard settings: exclude entries must be strings, got " + element + "; ignored");
                continue;
            }
            try {
                new ExcludeGlobs(List.of(element.getAsString()));
                globs.add(element.getAsString());
            } catch (IllegalArgumentException e) {
                warnings.accept("cgoguard settings: " + e.getMessage() + "; ignored");
            }
        }
        return List.copyOf(globs);
    }

    /** The {@code host} setting, when it names a host ({@code linux/arm64}); else null (the settings file's or the default). */
    private String host(JsonObject settings) {
        JsonElement value = settings.get("host");
        if (value == null || value.isJsonNull() || value.isJsonPrimitive() && value.getAsString().isBlank()) {
            return null;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() && Host.parse(value.getAsString()).isPresent()) {
            return value.getAsString().strip();
        }
        warnings.accept("cgoguard settings: host must be " + Host.syntax() + ", got " + value + "; using the default");
        return null;
    }

    /** The {@code includeThirdParty} setting, or null when not given. */
    private Boolean includeThirdParty(JsonObject settings) {
        JsonElement value = settings.get("includeThirdParty");
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()) {
            return value.getAsBoolean();
        }
        warnings.accept("cgoguard settings: includeThirdParty must be true or false, got " + value + "; ignored");
        return null;
    }

    /**
     * The {@code goSources} setting: which Go sources outside the workspace may be read ({@code goroot},
     * {@code module-cache}, absolute folders), or null when not given; an entry that is none of these is
     * left out with a warning.
     */
    private List<String> goSources(JsonObject settings) {
        JsonElement value = settings.get("goSources");
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!value.isJsonArray()) {
            warnings.accept("cgoguard settings: goSources must be a list of " + GoSourceAccess.syntax() + ", got " + value
                    + "; nothing outside the workspace is read");
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        for (JsonElement element : value.getAsJsonArray()) {
            Optional<String> refused = element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()
                    ? GoSourceAccess.problem(element.getAsString())
                    : Optional.of("goSources entries must be strings, got " + element);
            if (refused.isPresent()) {
                warnings.accept("cgoguard settings: " + refused.get() + "; left out");
            } else {
                entries.add(element.getAsString().strip());
            }
        }
        return List.copyOf(entries);
    }

    private String targetStage(JsonObject settings) {
        JsonElement value = settings.get("targetStage");
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            String stage = value.getAsString().trim();
            return stage.isEmpty() ? null : stage;
        }
        warnings.accept("cgoguard settings: targetStage must be a string, got " + value + "; using the last stage");
        return null;
    }

    /** An object of scalar values; a non-object is ignored whole, a non-scalar entry alone. */
    private Map<String, String> stringMap(JsonObject settings, String key) {
        JsonElement value = settings.get(key);
        if (value == null || value.isJsonNull()) {
            return Map.of();
        }
        if (!value.isJsonObject()) {
            warnings.accept("cgoguard settings: " + key + " must be an object, got " + value + "; ignored");
            return Map.of();
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
            if (entry.getValue().isJsonPrimitive()) {
                JsonPrimitive scalar = entry.getValue().getAsJsonPrimitive();
                result.put(entry.getKey(), scalar.getAsString());
            } else {
                warnings.accept("cgoguard settings: " + key + "." + entry.getKey() + " must be a string, got "
                        + entry.getValue() + "; ignored");
            }
        }
        return Map.copyOf(result);
    }
}
