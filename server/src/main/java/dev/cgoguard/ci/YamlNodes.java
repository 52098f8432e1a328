package dev.cgoguard.ci;

import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import java.util.List;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Small accessors over SnakeYAML Engine nodes: keys, scalars, and positions in the file. */
final class YamlNodes {
    private YamlNodes() {
    }

    /** The value of {@code key} in a mapping node, or null when the node is no mapping or has no such key. */
    static Node get(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return tuple.getValueNode();
                }
            }
        }
        return null;
    }

    static List<NodeTuple> entries(Node node) {
        return node instanceof MappingNode mapping ? mapping.getValue() : List.of();
    }

    static List<Node> items(Node node) {
        return node instanceof SequenceNode sequence ? sequence.getValue() : List.of();
    }

    /** The text of a scalar node, or null for anything else. */
    static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    static String scalar(Node node, String key) {
        return scalar(get(node, key));
    }

    static int startOffset(SourceText source, Node node) {
        return node.getStartMark().map(m -> offset(source, m)).orElse(0);
    }

    static int endOffset(SourceText source, Node node) {
        return node.getEndMark().map(m -> offset(source, m)).orElse(startOffset(source, node));
    }

    static TextRange range(SourceText source, Node node) {
        return source.range(startOffset(source, node), Math.max(startOffset(source, node), endOffset(source, node)));
    }

    static int offset(SourceText source, Mark mark) {
        return source.offsetAt(new TextPosition(mark.getLine(), mark.getColumn()));
    }
}
