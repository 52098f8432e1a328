package dev.cgoguard.parse;

import dev.cgoguard.grammars.Language;
import dev.cgoguard.workspace.ScanLimits;
import dev.cgoguard.workspace.SourceText;
import java.util.HashMap;
import java.util.Map;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSParser;
import org.treesitter.TSTree;

/**
 * Parses text with one tree-sitter parser per grammar and thread (parsers are not thread-safe). A
 * parse is given up past {@link ScanLimits#PARSE_MILLIS}, or as soon as its thread is interrupted
 * (an editor shutting down), so that no native parse can hang a run: tree-sitter asks after every
 * few steps whether to go on ({@link ParseCancelledException}).
 */
public final class Parsers {
    /** How much of the text tree-sitter reads per call back into Java. */
    private static final int CHUNK_BYTES = 64 * 1024;
    private static final ThreadLocal<Map<Language, TSParser>> PARSERS = ThreadLocal.withInitial(HashMap::new);

    private Parsers() {
    }

    public static SyntaxTree parse(Language grammar, SourceText source) {
        return parse(grammar, source, null);
    }

    /** Parses again, reusing an earlier tree that was already edited to match the new text. */
    public static SyntaxTree parse(Language grammar, SourceText source, TSTree edited) {
        return parse(grammar, source, edited, ScanLimits.PARSE_MILLIS);
    }

    /**
     * As {@link #parse(Language, SourceText, TSTree)} with a time limit of its own.
     *
     * @throws ParseCancelledException when the limit passes or the thread is interrupted first
     */
    static SyntaxTree parse(Language grammar, SourceText source, TSTree edited, long limitMillis) {
        TSParser parser = PARSERS.get().computeIfAbsent(grammar, Language::newParser);
        byte[] bytes = source.utf8();
        long deadline = System.nanoTime() + limitMillis * 1_000_000;
        int[] reached = {0};
        String[] why = {null};
        TSTree tree = parser.parseWithOptions(new byte[CHUNK_BYTES], edited, (buffer, offset, position) -> {
            int length = Math.min(buffer.length, bytes.length - offset);
            if (length <= 0) {
                return 0;
            }
            System.arraycopy(bytes, offset, buffer, 0, length);
            return length;
        }, TSInputEncoding.TSInputEncodingUTF8, state -> {
            reached[0] = state.getCurrentByteOffset();
            if (Thread.currentThread().isInterrupted()) {
                why[0] = "the run was cancelled";
            } else if (System.nanoTime() - deadline > 0) {
                why[0] = "tree-sitter's " + grammar.toString().toLowerCase(java.util.Locale.ROOT) + " parser took more than "
                        + limitMillis / 1000 + " s on it";
            }
            return why[0] != null;
        });
        if (tree == null) {
            parser.reset();
            throw new ParseCancelledException(why[0] != null ? why[0] : "tree-sitter gave no tree",
                    source.charOffsetOfByte(reached[0]));
        }
        return new SyntaxTree(grammar, source, tree);
    }

    /**
     * Parses a new version of a text, telling tree-sitter where it differs from the version
     * {@code previous} was parsed from, so that the unchanged parts of that tree are reused.
     */
    public static SyntaxTree reparse(SyntaxTree previous, SourceText source) {
        TextChange change = TextChange.between(previous.source(), source);
        if (change == null) {
            return new SyntaxTree(previous.grammar(), source, previous.tree());
        }
        TSTree edited = previous.tree().copy();
        edited.edit(change.toInputEdit(previous.source(), source));
        return parse(previous.grammar(), source, edited);
    }

    /** Parses a snippet that is not a workspace file (a recipe line, a RUN body). */
    public static SyntaxTree parse(Language grammar, String text) {
        return parse(grammar, new SourceText(text));
    }
}
