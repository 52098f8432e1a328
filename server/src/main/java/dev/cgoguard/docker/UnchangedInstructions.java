package dev.cgoguard.docker;

import dev.cgoguard.workspace.MappedText;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextPosition;
import dev.cgoguard.workspace.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The instructions of a Dockerfile's earlier text that its new text still holds as they were: an
 * editor's edit changes one stretch of the text, and an instruction read wholly before it or wholly
 * after it reads the same again, only moved (by the characters and lines the edit added or took
 * away, for those after it). Reading an instruction depends on nothing but the lines it takes (its
 * continuations, the comments and empty lines inside them, its heredoc bodies) and the escape
 * character, so such an instruction is taken over with its ranges moved instead of being read again.
 */
final class UnchangedInstructions {
    /** An instruction taken over: as it stands in the new text, and how many lines it takes there. */
    record Taken(DockerInstruction instruction, int lines) {
    }

    /** How many characters at the end of the texts are compared at a step before the rest one by one. */
    private static final int BLOCK = 256;

    private final DockerfileReader.Reading previous;
    private final SourceText source;
    /** The length of the stretch at the start that both texts share. */
    private final int prefix;
    /** The offset in the new text of the stretch at the end that both texts share. */
    private final int suffixStart;
    /** How much longer the new text is. */
    private final int delta;
    /** The instructions read before, by the offset of the start of their first line. */
    private final Map<Integer, Integer> byStart = new HashMap<>();

    private UnchangedInstructions(DockerfileReader.Reading previous, SourceText source) {
        this.previous = previous;
        this.source = source;
        char[] before = previous.syntax().source().text().toCharArray();
        char[] now = source.text().toCharArray();
        int shorter = Math.min(before.length, now.length);
        int same = Arrays.mismatch(before, 0, shorter, now, 0, shorter);
        if (same < 0) {
            same = shorter;
        }
        int sameAtEnd = 0;
        // whole blocks from the end first (compared as the arrays' mismatch compares, many characters at a step)
        while (sameAtEnd + BLOCK <= shorter - same && Arrays.equals(before, before.length - sameAtEnd - BLOCK,
                before.length - sameAtEnd, now, now.length - sameAtEnd - BLOCK, now.length - sameAtEnd)) {
            sameAtEnd += BLOCK;
        }
        for (int b = before.length - 1 - sameAtEnd, n = now.length - 1 - sameAtEnd; sameAtEnd < shorter - same
                && before[b] == now[n]; b--, n--) {
            sameAtEnd++;
        }
        this.prefix = same;
        this.suffixStart = now.length - sameAtEnd;
        this.delta = now.length - before.length;
        List<DockerfileReader.Span> spans = previous.spans();
        for (int i = 0; i < spans.size(); i++) {
            byStart.put(spans.get(i).start(), i);
        }
    }

    /** What the new text {@code source} keeps of the instructions read from the text before; null when nothing can be kept. */
    static UnchangedInstructions between(DockerfileReader.Reading previous, SourceText source, char escape) {
        if (previous == null || previous.syntax().escape() != escape) {
            return null;
        }
        return new UnchangedInstructions(previous, source);
    }

    /**
     * The instruction whose first line starts at {@code start} (line {@code line}) of the new text,
     * when it is read as before; else null.
     */
    Taken at(int start, int line) {
        int oldLength = previous.syntax().source().length();
        Integer index = start < prefix ? byStart.get(start) : null;
        if (index != null) {
            DockerfileReader.Span span = previous.spans().get(index);
            // wholly in the shared start, and ended by its own text rather than by the end of the file
            if (span.clean() && span.end() <= prefix && span.end() < oldLength && span.line() == line) {
                return take(index, 0, 0);
            }
        }
        if (start >= suffixStart) {
            index = byStart.get(start - delta);
            if (index != null && previous.spans().get(index).clean()) {
                return take(index, delta, line - previous.spans().get(index).line());
            }
        }
        return null;
    }

    private Taken take(int index, int by, int lines) {
        DockerInstruction before = previous.syntax().instructions().get(index);
        return new Taken(moved(before, by, lines), previous.spans().get(index).lines());
    }

    private DockerInstruction moved(DockerInstruction instruction, int by, int lines) {
        if (instruction == null) {
            return null;
        }
        List<DockerFlag> flags = new ArrayList<>(instruction.flags().size());
        for (DockerFlag flag : instruction.flags()) {
            flags.add(new DockerFlag(flag.name(), flag.value(), moved(flag.range(), lines)));
        }
        List<DockerArgument> arguments = new ArrayList<>(instruction.arguments().size());
        for (DockerArgument argument : instruction.arguments()) {
            arguments.add(new DockerArgument(argument.text(), moved(argument.range(), lines)));
        }
        List<DockerHeredoc> heredocs = new ArrayList<>(instruction.heredocs().size());
        for (DockerHeredoc heredoc : instruction.heredocs()) {
            heredocs.add(new DockerHeredoc(heredoc.delimiter(), heredoc.quoted(), heredoc.stripTabs(),
                    moved(heredoc.body(), by), moved(heredoc.range(), lines), heredoc.terminated()));
        }
        return new DockerInstruction(instruction.keyword(), moved(instruction.keywordRange(), lines),
                moved(instruction.range(), lines), List.copyOf(flags), moved(instruction.rest(), by), List.copyOf(arguments),
                instruction.execForm(), List.copyOf(heredocs), moved(instruction.onbuild(), by, lines));
    }

    private MappedText moved(MappedText text, int by) {
        return text.movedTo(source, by);
    }

    private static TextRange moved(TextRange range, int lines) {
        if (range == null || lines == 0) {
            return range;
        }
        return new TextRange(new TextPosition(range.start().line() + lines, range.start().column()),
                new TextPosition(range.end().line() + lines, range.end().column()));
    }
}
