package dev.cgoguard.parse;

import dev.cgoguard.grammars.Grammar;
import dev.cgoguard.workspace.SourceText;
import java.util.EnumMap;
import java.util.Map;
import org.treesitter.TSParser;
import org.treesitter.TSTree;

/** Parses text with one tree-sitter parser per grammar and thread (parsers are not thread-safe). */
public final class Parsers {
    private static final ThreadLocal<Map<Grammar, TSParser>> PARSERS = ThreadLocal.withInitial(() -> new EnumMap<>(Grammar.class));

    private Parsers() {
    }

    public static SyntaxTree parse(Grammar grammar, SourceText source) {
        return parse(grammar, source, null);
    }

    /** Parses again, reusing an earlier tree that was already edited to match the new text. */
    public static SyntaxTree parse(Grammar grammar, SourceText source, TSTree edited) {
        TSParser parser = PARSERS.get().computeIfAbsent(grammar, Grammar::newParser);
        TSTree tree = parser.parseString(edited, source.text());
        return new SyntaxTree(grammar, source, tree);
    }

    /** Parses a snippet that is not a workspace file (a recipe line, a RUN body). */
    public static SyntaxTree parse(Grammar grammar, String text) {
        return parse(grammar, new SourceText(text));
    }
}
