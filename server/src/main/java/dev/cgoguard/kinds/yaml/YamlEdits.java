package dev.cgoguard.kinds.yaml;

import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.workspace.SourceText;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Edits to a YAML file that keep its style: a list item appended in the list's own indentation (or
 * inside its brackets), a key added below its siblings at their indentation, a scalar replaced inside
 * its quotes, an item or key removed with its lines. Where the text does not allow a clean edit
 * (a flow mapping, a key that shares its line with the list dash) there is none.
 */
public final class YamlEdits {
    private final YamlDocument document;
    private final String path;

    public YamlEdits(YamlDocument document, String path) {
        this.document = document;
        this.path = path;
    }

    public YamlDocument document() {
        return document;
    }

    public FileEdit replace(int start, int end, String newText) {
        return new FileEdit(path, document.source().range(start, end), newText);
    }

    /** Replaces the value of a scalar, keeping its quotes; empty for a block scalar. */
    public Optional<FileEdit> replaceScalar(ScalarNode node, String value) {
        int start = document.startOffset(node);
        int end = document.endOffset(node);
        return switch (node.getScalarStyle()) {
            case PLAIN -> Optional.of(replace(start, end, value));
            case SINGLE_QUOTED -> Optional.of(replace(start + 1, end - 1, value.replace("'", "''")));
            case DOUBLE_QUOTED -> Optional.of(replace(start + 1, end - 1, value.replace("\\", "\\\\").replace("\"", "\\\"")));
            default -> Optional.empty();
        };
    }

    /** Appends {@code value} (written plain) as a new last item of a list. */
    public Optional<FileEdit> appendItem(SequenceNode sequence, String value) {
        if (sequence.getFlowStyle() == FlowStyle.FLOW) {
            int close = document.endOffset(sequence) - 1;
            String text = document.source().text();
            if (close < 0 || close >= text.length() || text.charAt(close) != ']') {
                return Optional.empty();
            }
            return Optional.of(replace(close, close, sequence.getValue().isEmpty() ? value : ", " + value));
        }
        if (sequence.getValue().isEmpty()) {
            return Optional.empty();
        }
        Node last = sequence.getValue().get(sequence.getValue().size() - 1);
        Node first = sequence.getValue().get(0);
        int dash = dashBefore(document.startOffset(first));
        if (dash < 0) {
            return Optional.empty();
        }
        String indent = " ".repeat(column(dash));
        int at = endOfLine(endOfContent(last));
        return Optional.of(replace(at, at, "\n" + indent + "- " + value));
    }

    /**
     * Adds {@code key} to a block mapping, below its last entry at its keys' indentation, with a
     * list of {@code items} as its value (a scalar when {@code items} has one element and {@code asList} is false).
     */
    public Optional<FileEdit> addKey(MappingNode mapping, String key, java.util.List<String> items, boolean asList) {
        if (mapping.getFlowStyle() == FlowStyle.FLOW || mapping.getValue().isEmpty()) {
            return Optional.empty();
        }
        NodeTuple firstEntry = mapping.getValue().get(0);
        int keyColumn = column(document.startOffset(firstEntry.getKeyNode()));
        String indent = " ".repeat(keyColumn);
        NodeTuple lastEntry = mapping.getValue().get(mapping.getValue().size() - 1);
        int at = endOfLine(endOfContent(lastEntry.getValueNode()));
        StringBuilder text = new StringBuilder("\n").append(indent).append(key).append(':');
        if (!asList && items.size() == 1) {
            text.append(' ').append(items.get(0));
        } else {
            String itemIndent = indent + " ".repeat(listOffset(mapping));
            for (String item : items) {
                text.append('\n').append(itemIndent).append("- ").append(item);
            }
        }
        return Optional.of(replace(at, at, text.toString()));
    }

    /** Removes a list item with its lines; empty when it shares a line with other content. */
    public Optional<FileEdit> removeItem(SequenceNode sequence, Node item) {
        if (sequence.getFlowStyle() == FlowStyle.FLOW) {
            return Optional.empty();
        }
        int dash = dashBefore(document.startOffset(item));
        if (dash < 0 || !document.source().text().substring(lineStartOf(dash), dash).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(removeLines(dash, endOfContent(item)));
    }

    /** Removes a mapping entry with its lines; empty when the key shares its line with a list dash or other content. */
    public Optional<FileEdit> removeEntry(NodeTuple entry) {
        int keyStart = document.startOffset(entry.getKeyNode());
        if (!document.source().text().substring(lineStartOf(keyStart), keyStart).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(removeLines(keyStart, endOfContent(entry.getValueNode())));
    }

    /** The offset just after the last non-blank character of a node (a block collection's end mark lies beyond it). */
    public int endOfContent(Node node) {
        String text = document.source().text();
        int end = Math.min(document.endOffset(node), text.length());
        int start = document.startOffset(node);
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (node instanceof ScalarNode scalar && scalar.getScalarStyle() != ScalarStyle.LITERAL
                && scalar.getScalarStyle() != ScalarStyle.FOLDED) {
            return end;
        }
        // a block collection may end with comment lines: stop at the last line holding its own content
        return end;
    }

    private FileEdit removeLines(int from, int to) {
        SourceText source = document.source();
        int start = lineStartOf(from);
        int lastLine = source.positionAt(to).line();
        int end = lastLine + 1 < source.lineCount() ? source.lineStart(lastLine + 1) : source.length();
        return replace(start, end, "");
    }

    /** How far a list's dash stands from its key in this mapping's lists, or 2. */
    private int listOffset(MappingNode mapping) {
        for (NodeTuple entry : mapping.getValue()) {
            if (entry.getValueNode() instanceof SequenceNode seq && seq.getFlowStyle() == FlowStyle.BLOCK && !seq.getValue().isEmpty()) {
                int dash = dashBefore(document.startOffset(seq.getValue().get(0)));
                if (dash >= 0) {
                    return Math.max(0, column(dash) - column(document.startOffset(entry.getKeyNode())));
                }
            }
        }
        return 2;
    }

    /** The offset of the {@code -} that starts the list item whose content starts at {@code offset}, or -1. */
    private int dashBefore(int offset) {
        String text = document.source().text();
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '-' ? i : -1;
    }

    private int column(int offset) {
        return document.source().positionAt(offset).column();
    }

    private int lineStartOf(int offset) {
        return document.source().lineStart(document.source().positionAt(offset).line());
    }

    private int endOfLine(int offset) {
        SourceText source = document.source();
        int line = source.positionAt(Math.max(0, offset - 1)).line();
        return source.lineEnd(line);
    }
}
