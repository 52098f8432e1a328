package dev.cgoguard.kinds.yaml;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.rules.fixes.CommandText;
import dev.cgoguard.rules.fixes.LinkerFlagsText;
import dev.cgoguard.rules.fixes.WrittenValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A go build described as a YAML mapping (a GoReleaser or ko build) and the edits fixes make to it,
 * written as its author would: {@code env:} items {@code NAME=value}, {@code flags:} items, a
 * {@code tags:} list (or {@code -tags} in {@code flags:} when the schema has no tags key) and the
 * {@code ldflags:} string or list. An item is appended in the list's own style; a missing key is
 * added below the build's last key. Values holding a template ({@code {{ .Env.X }}}) are not edited.
 */
public final class YamlBuildText implements CommandText {
    /** The key names of a build mapping in one schema; {@code tags} null when the schema has no tags list. */
    public record Keys(String env, String flags, String ldflags, String tags) {
    }

    private final YamlEdits edits;
    private final MappingNode build;
    private final Keys keys;

    private YamlBuildText(YamlEdits edits, MappingNode build, Keys keys) {
        this.edits = edits;
        this.build = build;
        this.keys = keys;
    }

    /**
     * The build's text, when every edit can be written in it: a block mapping whose environment and
     * flags are lists (or absent), so that a variable or a flag can always be added.
     */
    public static Optional<CommandText> of(YamlEdits edits, Node build, Keys keys) {
        if (!(build instanceof MappingNode mapping) || mapping.getFlowStyle() == org.snakeyaml.engine.v2.common.FlowStyle.FLOW
                || mapping.getValue().isEmpty()) {
            return Optional.empty();
        }
        for (String key : List.of(keys.env(), keys.flags())) {
            Node value = YamlDocument.get(mapping, key);
            if (value != null && !(value instanceof SequenceNode list && !list.getValue().isEmpty())) {
                return Optional.empty();
            }
        }
        return Optional.of(new YamlBuildText(edits, mapping, keys));
    }

    @Override
    public Optional<FileEdit> addTags(List<String> currentTags, List<String> wanted) {
        Node tags = keys.tags() == null ? null : YamlDocument.get(build, keys.tags());
        if (tags instanceof SequenceNode list) {
            List<String> present = YamlDocument.strings(list);
            List<String> missing = wanted.stream().filter(t -> !present.contains(t)).toList();
            if (missing.isEmpty()) {
                return Optional.empty();
            }
            return appendAll(list, missing);
        }
        if (tags instanceof ScalarNode scalar) {
            return addToTagWord(scalar, scalar.getValue(), 0, wanted);
        }
        Optional<ScalarNode> flagTags = flagItem("-tags");
        if (flagTags.isPresent()) {
            String value = flagTags.get().getValue();
            int eq = value.indexOf('=');
            return eq < 0 ? Optional.empty() : addToTagWord(flagTags.get(), value.substring(eq + 1), eq + 1, wanted);
        }
        Set<String> all = new LinkedHashSet<>(currentTags == null ? List.of() : currentTags);
        all.addAll(wanted);
        if (keys.tags() != null) {
            return edits.addKey(build, keys.tags(), List.copyOf(all), true);
        }
        return addFlagItem("-tags=" + String.join(",", all));
    }

    @Override
    public Optional<List<FileEdit>> removeTags(List<String> unwanted) {
        Node tags = keys.tags() == null ? null : YamlDocument.get(build, keys.tags());
        if (!(tags instanceof SequenceNode list) || !YamlDocument.strings(list).containsAll(unwanted)) {
            return Optional.empty();
        }
        if (list.getValue().stream().allMatch(item -> unwanted.contains(YamlDocument.scalar(item)))) {
            return edits.removeEntry(YamlDocument.entry(build, keys.tags())).map(List::of);
        }
        List<FileEdit> removed = new ArrayList<>();
        for (Node item : list.getValue()) {
            if (unwanted.contains(YamlDocument.scalar(item))) {
                Optional<FileEdit> edit = edits.removeItem(list, item);
                if (edit.isEmpty()) {
                    return Optional.empty();
                }
                removed.add(edit.get());
            }
        }
        return Optional.of(removed);
    }

    @Override
    public FileEdit addFlag(String flagText) {
        return addFlagItem(flagText).orElseGet(() -> edits.replace(edits.document().startOffset(build),
                edits.document().startOffset(build), ""));
    }

    @Override
    public Optional<LinkerFlagsText> ldflags() {
        NodeTuple entry = YamlDocument.entry(build, keys.ldflags());
        if (entry == null) {
            return Optional.empty();
        }
        List<LinkerFlagsText.Piece> segments = new ArrayList<>();
        if (entry.getValueNode() instanceof ScalarNode scalar) {
            segment(scalar, () -> edits.removeEntry(entry)).ifPresent(segments::add);
        } else if (entry.getValueNode() instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    segment(scalar, () -> list.getValue().size() == 1 ? edits.removeEntry(entry) : edits.removeItem(list, item))
                            .ifPresent(segments::add);
                }
            }
        }
        return segments.isEmpty() ? Optional.empty() : Optional.of(LinkerFlagsText.ofPieces(segments));
    }

    @Override
    public FileEdit setEnvironment(String name, String value) {
        List<FileEdit> set = setEnvironment(Map.of(name, value));
        return set.isEmpty() ? edits.replace(0, 0, "") : set.get(0);
    }

    @Override
    public List<FileEdit> setEnvironment(Map<String, String> values) {
        List<FileEdit> result = new ArrayList<>();
        Node env = YamlDocument.get(build, keys.env());
        List<String> added = new ArrayList<>();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String setting = entry.getKey() + "=" + entry.getValue();
            Optional<ScalarNode> existing = YamlDocument.items(env).stream().filter(ScalarNode.class::isInstance)
                    .map(ScalarNode.class::cast).filter(s -> s.getValue().startsWith(entry.getKey() + "=")).reduce((a, b) -> b);
            Optional<FileEdit> replaced = existing.filter(s -> !s.getValue().contains("{{"))
                    .flatMap(s -> edits.replaceScalar(s, setting));
            if (replaced.isPresent()) {
                result.add(replaced.get());
            } else {
                added.add(setting); // a later item wins over a templated or block one
            }
        }
        if (!added.isEmpty()) {
            Optional<FileEdit> addition = env instanceof SequenceNode list ? appendAll(list, added)
                    : env == null ? edits.addKey(build, keys.env(), added, true) : Optional.empty();
            if (addition.isEmpty()) {
                return List.of();
            }
            result.add(addition.get());
        }
        return result;
    }

    @Override
    public List<FileEdit> removeFlag(String name, boolean takesValue) {
        Node flags = YamlDocument.get(build, keys.flags());
        if (!(flags instanceof SequenceNode list)) {
            return List.of();
        }
        List<FileEdit> removed = new ArrayList<>();
        List<Node> items = list.getValue();
        for (int i = 0; i < items.size(); i++) {
            String text = YamlDocument.scalar(items.get(i));
            if (text == null) {
                continue;
            }
            boolean bare = text.equals(name) || text.equals("-" + name);
            boolean joined = text.startsWith(name + "=") || text.startsWith("-" + name + "=") || text.startsWith(name + " ");
            if (!bare && !joined) {
                continue;
            }
            edits.removeItem(list, items.get(i)).ifPresent(removed::add);
            if (bare && takesValue && i + 1 < items.size()) {
                edits.removeItem(list, items.get(++i)).ifPresent(removed::add);
            }
        }
        return removed;
    }

    @Override
    public boolean setsEnvironment(String name) {
        return environmentItem(name).isPresent();
    }

    @Override
    public Optional<FileEdit> removeEnvironmentWords(String name, java.util.function.Predicate<String> unwanted) {
        Optional<ScalarNode> item = environmentItem(name);
        if (item.isEmpty() || item.get().getValue().contains("{{") || item.get().getScalarStyle() == ScalarStyle.LITERAL
                || item.get().getScalarStyle() == ScalarStyle.FOLDED) {
            return Optional.empty();
        }
        String value = item.get().getValue().substring(name.length() + 1);
        List<String> words = List.of(value.trim().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
        List<String> kept = words.stream().filter(unwanted.negate()).toList();
        if (kept.size() == words.size()) {
            return Optional.empty();
        }
        if (kept.isEmpty() && YamlDocument.get(build, keys.env()) instanceof SequenceNode list) {
            return list.getValue().size() == 1 ? edits.removeEntry(YamlDocument.entry(build, keys.env()))
                    : edits.removeItem(list, item.get());
        }
        return edits.replaceScalar(item.get(), name + "=" + String.join(" ", kept));
    }

    /** A YAML build starts where its mapping does. */
    @Override
    public int commandOffset() {
        return 0;
    }

    /** The last {@code env:} item that sets {@code name}. */
    private Optional<ScalarNode> environmentItem(String name) {
        return YamlDocument.items(YamlDocument.get(build, keys.env())).stream().filter(ScalarNode.class::isInstance)
                .map(ScalarNode.class::cast).filter(s -> s.getValue().startsWith(name + "=")).reduce((a, b) -> b);
    }

    private Optional<FileEdit> appendAll(SequenceNode list, List<String> values) {
        Optional<FileEdit> first = edits.appendItem(list, values.get(0));
        if (first.isEmpty() || values.size() == 1) {
            return first;
        }
        // one edit holding every item, in the list's style
        FileEdit edit = first.get();
        String text = edit.newText();
        String separator = text.startsWith(", ") ? ", " : text.substring(0, text.indexOf("- ") + 2);
        StringBuilder all = new StringBuilder(text);
        for (String value : values.subList(1, values.size())) {
            all.append(separator).append(value);
        }
        return Optional.of(new FileEdit(edit.path(), edit.range(), all.toString()));
    }

    private Optional<FileEdit> addFlagItem(String flag) {
        Node flags = YamlDocument.get(build, keys.flags());
        if (flags instanceof SequenceNode list) {
            return edits.appendItem(list, flag);
        }
        return flags == null ? edits.addKey(build, keys.flags(), List.of(flag), true) : Optional.empty();
    }

    /** The flags item that sets {@code -name} ({@code -tags=a,b}), the last one. */
    private Optional<ScalarNode> flagItem(String name) {
        return YamlDocument.items(YamlDocument.get(build, keys.flags())).stream().filter(ScalarNode.class::isInstance)
                .map(ScalarNode.class::cast).filter(s -> s.getValue().startsWith(name + "=") || s.getValue().startsWith("-" + name + "="))
                .reduce((a, b) -> b);
    }

    /** Adds tags to a tag list written in one scalar ({@code netgo,osusergo} or {@code -tags=netgo}), from {@code offset} in its value. */
    private Optional<FileEdit> addToTagWord(ScalarNode scalar, String tagList, int offset, List<String> wanted) {
        if (tagList.contains("{{") || scalar.getScalarStyle() == ScalarStyle.LITERAL || scalar.getScalarStyle() == ScalarStyle.FOLDED) {
            return Optional.empty();
        }
        List<String> present = List.of(tagList.trim().split("[,\\s]+"));
        List<String> missing = wanted.stream().filter(t -> !present.contains(t)).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String separator = tagList.contains(",") || !tagList.trim().contains(" ") ? "," : " ";
        String value = scalar.getValue().substring(0, offset) + (tagList.isBlank() ? "" : tagList + separator)
                + String.join(separator, missing);
        return edits.replaceScalar(scalar, value);
    }

    /** A linker flags piece written in a plain or quoted scalar (not a template, not a block scalar unless plain text). */
    private Optional<LinkerFlagsText.Piece> segment(ScalarNode scalar, java.util.function.Supplier<Optional<FileEdit>> removal) {
        if (scalar.getValue().contains("{{") && !scalar.getValue().contains("-extldflags") && !scalar.getValue().contains("-linkmode")) {
            return Optional.empty();
        }
        int start = edits.document().startOffset(scalar);
        int end = edits.endOfContent(scalar);
        String raw = edits.document().source().text().substring(start, end);
        WrittenValue value;
        if (scalar.getScalarStyle() == ScalarStyle.LITERAL || scalar.getScalarStyle() == ScalarStyle.FOLDED) {
            int body = raw.indexOf('\n');
            if (body < 0) {
                return Optional.empty();
            }
            value = WrittenValue.of(raw.substring(body + 1), start + body + 1, end, false);
        } else if (scalar.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED && raw.contains("\\")) {
            return Optional.empty();
        } else {
            value = WrittenValue.of(raw, start, end, false);
        }
        return Optional.of(new LinkerFlagsText.Piece(value.inner(), value.quote() != 0, new LinkerFlagsText.Host() {
            @Override
            public FileEdit edit(int from, int to, String newText) {
                return edits.replace(value.innerStart() + from, value.innerStart() + to, newText);
            }

            @Override
            public FileEdit removeAll() {
                return removal.get().orElseGet(() -> edits.replace(start, end, scalar.getScalarStyle() == ScalarStyle.PLAIN ? "''" : ""));
            }

            @Override
            public boolean bareValueIsOneWord() {
                return false; // a YAML scalar holds blanks without quotes
            }
        }));
    }
}
