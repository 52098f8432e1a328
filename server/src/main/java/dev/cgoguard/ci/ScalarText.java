package dev.cgoguard.ci;

import dev.cgoguard.workspace.MappedText;
import dev.cgoguard.workspace.SourceText;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Maps the value of a YAML scalar back to the file: a literal ({@code |}) or folded ({@code >})
 * block line by line, a one-line plain or quoted scalar character by character. When the text in
 * the file cannot be lined up with the value (escapes, an explicit indentation indicator), every
 * character maps to the scalar's start.
 */
public final class ScalarText {
    private ScalarText() {
    }

    public static MappedText of(SourceText source, ScalarNode node) {
        String value = node.getValue();
        int start = YamlNodes.startOffset(source, node);
        int end = Math.max(start, YamlNodes.endOffset(source, node));
        MappedText mapped = switch (node.getScalarStyle()) {
            case LITERAL, FOLDED -> block(source, node, value, start, end);
            default -> inline(source, node, value, start, end);
        };
        return mapped != null ? mapped : MappedText.anchored(source, value, start, end);
    }

    private static MappedText inline(SourceText source, ScalarNode node, String value, int start, int end) {
        int from = node.getScalarStyle() == ScalarStyle.PLAIN ? start : start + 1;
        String text = source.text();
        if (from + value.length() <= text.length() && text.startsWith(value, from)) {
            return MappedText.verbatim(source, from, from + value.length());
        }
        return null;
    }

    private static MappedText block(SourceText source, ScalarNode node, String value, int start, int end) {
        boolean folded = node.getScalarStyle() == ScalarStyle.FOLDED;
        String text = source.text();
        int header = source.positionAt(start).line();
        int lastLine = source.positionAt(end).line();
        int indent = -1;
        MappedText.Builder built = new MappedText.Builder(source);
        boolean previousText = false;
        int pendingBreak = -1; // file offset of the line break after the previous text line
        int blankLines = 0;
        for (int line = header + 1; line <= lastLine && line < source.lineCount(); line++) {
            int lineStart = source.lineStart(line);
            int lineEnd = source.lineEnd(line);
            int spaces = 0;
            while (lineStart + spaces < lineEnd && text.charAt(lineStart + spaces) == ' ') {
                spaces++;
            }
            boolean blank = lineStart + spaces == lineEnd;
            if (!blank && indent < 0) {
                indent = spaces;
            }
            if (!blank && spaces < indent) {
                break;
            }
            if (blank) {
                blankLines++;
                continue;
            }
            boolean moreIndented = spaces > indent;
            if (previousText) {
                if (folded && blankLines == 0 && !moreIndented) {
                    built.append(' ', pendingBreak);
                } else {
                    int breaks = folded && blankLines > 0 && !moreIndented ? blankLines : blankLines + 1;
                    for (int i = 0; i < breaks; i++) {
                        built.append('\n', pendingBreak);
                    }
                }
            } else {
                for (int i = 0; i < blankLines; i++) {
                    built.append('\n', lineStart);
                }
            }
            blankLines = 0;
            built.appendFile(lineStart + indent, lineEnd);
            pendingBreak = lineEnd;
            previousText = true;
        }
        if (previousText) {
            for (int i = 0; i <= blankLines; i++) {
                built.append('\n', pendingBreak);
            }
        }
        MappedText candidate = built.build(pendingBreak < 0 ? end : pendingBreak);
        if (candidate.text().startsWith(value)) {
            return candidate.sub(0, value.length()); // chomping removed trailing line breaks
        }
        return null;
    }
}
