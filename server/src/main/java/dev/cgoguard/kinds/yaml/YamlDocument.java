package dev.cgoguard.kinds.yaml;

import dev.cgoguard.ci.YamlLoading;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML build file composed by SnakeYAML Engine with its marks kept, so that every value knows its
 * place in the file; bounded in size and aliases. Malformed YAML gives no root and a problem at the
 * place the parser stopped.
 */
public final class YamlDocument {
    /** Why the file could not be read, and where. */
    public record Problem(String message, TextRange range) {
    }

    private final SourceText source;
    private final Node root;
    private final Problem problem;

    private YamlDocument(SourceText source, Node root, Problem problem) {
        this.source = source;
        this.root = root;
        this.problem = problem;
    }

    /**
     * Composes a build file's YAML within the limits every YAML reader keeps ({@link YamlLoading}: the
     * aliases of collections and the size of a build file, each reported where it was reached).
     */
    public static YamlDocument read(SourceText source, String label) {
        try {
            YamlLoading.Loaded loaded = YamlLoading.compose(source, label);
            if (loaded.failed()) {
                return new YamlDocument(source, null, new Problem(loaded.problem(), loaded.problemAt()));
            }
            return new YamlDocument(source, loaded.root().orElse(null), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new YamlDocument(source, null, new Problem("malformed YAML: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), source.range(0, 0)));
        }
    }

    public SourceText source() {
        return source;
    }

    /** The root node, or null for an empty or malformed file. */
    public Node root() {
        return root;
    }

    /** Why the file could not be read, or null. */
    public Problem problem() {
        return problem;
    }

    /** The value of {@code key} in a mapping node, or null when the node is no mapping or has no such key. */
    public static Node get(Node node, String key) {
        NodeTuple tuple = entry(node, key);
        return tuple == null ? null : tuple.getValueNode();
    }

    /**
     * The entry of {@code key} in a mapping node (its last one, as a YAML loader keeps), else in the
     * mappings it merges with {@code <<: *anchor}; null when there is none.
     */
    public static NodeTuple entry(Node node, String key) {
        return entry(node, key, 0);
    }

    private static NodeTuple entry(Node node, String key, int depth) {
        NodeTuple found = null;
        List<Node> merged = new ArrayList<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    found = tuple;
                } else if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals("<<")) {
                    merged.add(tuple.getValueNode());
                }
            }
        }
        if (found != null || depth >= 8) {
            return found;
        }
        for (Node source : merged) {
            for (Node one : source instanceof SequenceNode list ? list.getValue() : List.of(source)) {
                NodeTuple inherited = entry(one, key, depth + 1);
                if (inherited != null) {
                    return inherited;
                }
            }
        }
        return null;
    }

    public static List<NodeTuple> entries(Node node) {
        return node instanceof MappingNode mapping ? mapping.getValue() : List.of();
    }

    public static List<Node> items(Node node) {
        return node instanceof SequenceNode sequence ? sequence.getValue() : List.of();
    }

    /** The text of a scalar node, or null for anything else. */
    public static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    public static String scalar(Node node, String key) {
        return scalar(get(node, key));
    }

    /** A value written as one string or as a list of strings: the strings (empty when absent; non-strings left out). */
    public static List<String> strings(Node node) {
        if (node instanceof ScalarNode s) {
            return List.of(s.getValue());
        }
        List<String> values = new ArrayList<>();
        for (Node item : items(node)) {
            if (item instanceof ScalarNode s) {
                values.add(s.getValue());
            }
        }
        return values;
    }

    /** A boolean written as {@code true}/{@code false} (or yes/no, on/off), or null. */
    public static Boolean bool(Node node) {
        String text = scalar(node);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> null;
        };
    }

    public int startOffset(Node node) {
        return node.getStartMark().map(m -> offset(source, m)).orElse(0);
    }

    public int endOffset(Node node) {
        return node.getEndMark().map(m -> offset(source, m)).orElse(startOffset(node));
    }

    public TextRange range(Node node) {
        int start = startOffset(node);
        return source.range(start, Math.max(start, endOffset(node)));
    }

    /** The range of the line a node starts on, without its line break. */
    public TextRange firstLine(Node node) {
        int line = source.positionAt(startOffset(node)).line();
        return source.range(source.lineStart(line), source.lineEnd(line));
    }

    /** The line of a node's start (0-based). */
    public int line(Node node) {
        return source.positionAt(startOffset(node)).line();
    }

    static int offset(SourceText source, Mark mark) {
        return source.offsetAt(new TextPosition(mark.getLine(), mark.getColumn()));
    }
}
