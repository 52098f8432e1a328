package dev.cgoguard.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import dev.cgoguard.host.Host;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a {@code .cgoguard.yaml} file. Every unknown key, unknown rule id, bad level, duplicate key
 * or value of the wrong shape becomes a {@link SettingsProblem} with its line and column; what is
 * valid is still returned, but callers treat a file with problems as an error.
 */
public final class SettingsFileReader {
    public static final Set<String> LEVELS = Set.of("error", "warning", "info", "hint", "off");
    private static final String KEYS = "rules, fixes, build-args, make-vars, exclude, target, host, include-third-party, go-sources";
    private static final int MAX_BYTES = dev.cgoguard.workspace.ScanLimits.SETTINGS_FILE_BYTES;

    private final Set<String> knownRules;
    private final FixChoices fixChoices;

    /** @param knownRules the rule ids a {@code rules:} key may name (none of them offers a choice of fixes) */
    public SettingsFileReader(Set<String> knownRules) {
        this(knownRules, new FixChoices(knownRules.stream().collect(java.util.stream.Collectors.toMap(id -> id, id -> List.of()))));
    }

    /**
     * @param knownRules the rule ids a {@code rules:} key may name
     * @param fixChoices what a {@code fixes:} entry may choose
     */
    public SettingsFileReader(Set<String> knownRules, FixChoices fixChoices) {
        this.knownRules = Set.copyOf(knownRules);
        this.fixChoices = fixChoices;
    }

    public SettingsFile read(Path file) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return failed(file, 1, 1, "the settings file is larger than 1 MB");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return failed(file, 1, 1, "cannot read the settings file: " + e.getMessage());
        }
        return parse(file, text);
    }

    public SettingsFile parse(Path file, String text) {
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(file.toString()).build()).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark();
            return failed(file, mark.map(m -> m.getLine() + 1).orElse(1), mark.map(m -> m.getColumn() + 1).orElse(1),
                    "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            return failed(file, 1, 1, "not valid YAML: " + e.getMessage());
        }
        Reading reading = new Reading(file);
        if (root.isEmpty()) {
            return new SettingsFile(file, CgoguardSettings.EMPTY, List.of());
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            reading.problem(root.get(), "the settings file must be a mapping of keys (" + KEYS + ")");
            return reading.result();
        }
        for (NodeTuple tuple : reading.entries(mapping)) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            Node value = tuple.getValueNode();
            switch (key) {
                case "rules" -> reading.rules(value);
                case "fixes" -> reading.fixes(value);
                case "build-args" -> reading.buildArgs.putAll(reading.stringMap(value, key));
                case "make-vars" -> reading.makeVars.putAll(reading.stringMap(value, key));
                case "exclude" -> reading.exclude(value);
                case "target" -> reading.target = reading.scalar(value, key);
                case "host" -> reading.host(value);
                case "include-third-party" -> reading.includeThirdParty(value);
                case "go-sources" -> reading.goSources(value);
                default -> reading.problem(tuple.getKeyNode(), "unknown key '" + key + "' (known: " + KEYS + ")");
            }
        }
        return reading.result();
    }

    private static SettingsFile failed(Path file, int line, int column, String message) {
        return new SettingsFile(file, CgoguardSettings.EMPTY, List.of(new SettingsProblem(file, line, column, message)));
    }

    /** The state of reading one file. */
    private final class Reading {
        final Path file;
        final List<SettingsProblem> problems = new ArrayList<>();
        final Map<String, String> rules = new LinkedHashMap<>();
        final Map<String, String> fixes = new LinkedHashMap<>();
        final Map<String, String> buildArgs = new LinkedHashMap<>();
        final Map<String, String> makeVars = new LinkedHashMap<>();
        final List<String> exclude = new ArrayList<>();
        String target;
        String host;
        Boolean includeThirdParty;
        List<String> goSources;

        Reading(Path file) {
            this.file = file;
        }

        SettingsFile result() {
            problems.sort(java.util.Comparator.comparingInt(SettingsProblem::line).thenComparingInt(SettingsProblem::column));
            return new SettingsFile(file, new CgoguardSettings(rules, buildArgs, makeVars, exclude, target, fixes, host,
                    includeThirdParty, goSources), problems);
        }

        void problem(Node node, String message) {
            Optional<Mark> mark = node.getStartMark();
            problems.add(new SettingsProblem(file, mark.map(m -> m.getLine() + 1).orElse(1),
                    mark.map(m -> m.getColumn() + 1).orElse(1), message));
        }

        /** The entries of a mapping whose keys are plain scalars, each key once. */
        List<NodeTuple> entries(MappingNode mapping) {
            List<NodeTuple> entries = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    problem(tuple.getKeyNode(), "a key must be a plain name");
                } else if (!seen.add(key.getValue())) {
                    problem(key, "duplicate key '" + key.getValue() + "'");
                } else {
                    entries.add(tuple);
                }
            }
            return entries;
        }

        String scalar(Node node, String key) {
            if (node instanceof ScalarNode scalar) {
                return scalar.getValue();
            }
            problem(node, "'" + key + "' takes a single value");
            return null;
        }

        Map<String, String> stringMap(Node node, String key) {
            Map<String, String> values = new LinkedHashMap<>();
            if (!(node instanceof MappingNode mapping)) {
                if (!(node instanceof ScalarNode s && s.getValue().isEmpty())) {
                    problem(node, "'" + key + "' takes a mapping of NAME: value");
                }
                return values;
            }
            for (NodeTuple tuple : entries(mapping)) {
                String value = scalar(tuple.getValueNode(), ((ScalarNode) tuple.getKeyNode()).getValue());
                if (value != null) {
                    values.put(((ScalarNode) tuple.getKeyNode()).getValue(), value);
                }
            }
            return values;
        }

        void host(Node node) {
            String value = scalar(node, "host");
            if (value == null) {
                return;
            }
            if (Host.parse(value).isEmpty()) {
                problem(node, "bad host '" + value + "': use " + Host.syntax());
                return;
            }
            host = value.strip();
        }

        void includeThirdParty(Node node) {
            String value = scalar(node, "include-third-party");
            if (value == null) {
                return;
            }
            switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> includeThirdParty = true;
                case "false" -> includeThirdParty = false;
                default -> problem(node, "'include-third-party' takes true or false, not '" + value + "'");
            }
        }

        /**
         * {@code go-sources:}, the Go sources outside the workspace that may be read: goroot and module-cache.
         * Absolute folders are refused here, since this file comes with the repository being linted.
         */
        void goSources(Node node) {
            List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
            List<String> entries = new ArrayList<>();
            for (Node item : items) {
                if (item instanceof ScalarNode scalar && scalar.getValue().isEmpty() && items.size() == 1) {
                    break;
                }
                String entry = item instanceof ScalarNode scalar ? scalar.getValue() : null;
                if (entry == null) {
                    problem(item, "'go-sources' takes a list of: " + dev.cgoguard.workspace.GoSourceAccess.syntax());
                    continue;
                }
                Optional<String> refused = dev.cgoguard.workspace.GoSourceAccess.problem(entry);
                if (refused.isPresent()) {
                    problem(item, refused.get());
                } else if (entry.strip().startsWith("/")) {
                    // the file belongs to the repository: it may name the machine's Go installation, not any folder
                    problem(item, "'" + entry.strip() + "': a folder in 'go-sources' is taken only from --go-sources or the"
                            + " editor's settings, not from the repository's own .cgoguard.yaml");
                } else {
                    entries.add(entry.strip());
                }
            }
            goSources = entries;
        }

        void rules(Node node) {
            for (Map.Entry<String, String> entry : stringMapWithNodes(node)) {
                rules.put(entry.getKey(), entry.getValue());
            }
        }

        private List<Map.Entry<String, String>> stringMapWithNodes(Node node) {
            List<Map.Entry<String, String>> values = new ArrayList<>();
            if (!(node instanceof MappingNode mapping)) {
                problem(node, "'rules' takes a mapping of rule id: error, warning, info, hint or off");
                return values;
            }
            for (NodeTuple tuple : entries(mapping)) {
                String id = ((ScalarNode) tuple.getKeyNode()).getValue();
                if (!knownRules.contains(id)) {
                    problem(tuple.getKeyNode(), "unknown rule '" + id + "'; 'cgoguard rules' lists them");
                    continue;
                }
                String level = scalar(tuple.getValueNode(), id);
                if (level == null) {
                    continue;
                }
                String normalized = level.toLowerCase(Locale.ROOT);
                if (!LEVELS.contains(normalized)) {
                    problem(tuple.getValueNode(), "bad level '" + level + "' for rule " + id
                            + " (use error, warning, info, hint or off)");
                    continue;
                }
                values.add(Map.entry(id, normalized));
            }
            return values;
        }

        /** {@code fixes:}, a mapping of rule id to the name of the fix it applies by choice. */
        void fixes(Node node) {
            if (!(node instanceof MappingNode mapping)) {
                if (!(node instanceof ScalarNode s && s.getValue().isEmpty())) {
                    problem(node, "'fixes' takes a mapping of rule id: the name of one of its fixes");
                }
                return;
            }
            for (NodeTuple tuple : entries(mapping)) {
                String id = ((ScalarNode) tuple.getKeyNode()).getValue();
                String alternative = scalar(tuple.getValueNode(), id);
                if (alternative == null) {
                    continue;
                }
                Optional<String> refused = fixChoices.problem(id, alternative);
                if (refused.isPresent()) {
                    problem(knownRules.contains(id) ? tuple.getValueNode() : tuple.getKeyNode(), refused.get());
                } else {
                    fixes.put(id, alternative.strip());
                }
            }
        }

        void exclude(Node node) {
            if (node instanceof ScalarNode scalar && !scalar.getValue().isEmpty()) {
                exclude.add(scalar.getValue());
            } else if (node instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    String glob = scalar(item, "exclude");
                    if (glob != null && !glob.isBlank()) {
                        exclude.add(glob);
                    }
                }
            } else if (!(node instanceof ScalarNode)) {
                problem(node, "'exclude' takes a list of globs");
            }
        }
    }
}
