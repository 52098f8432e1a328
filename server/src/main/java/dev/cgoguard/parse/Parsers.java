package dev.cgoguard.parse;

import dev.cgoguard.grammars.Language;
import dev.cgoguard.workspace.SourceText;
import java.util.HashMap;
import java.util.Map;
import org.treesitter.TSParser;
import org.treesitter.TSTree;

/** Parses text with one tree-sitter parser per grammar and thread (parsers are not thread-safe). */
public final class Parsers {
    private static final ThreadLocal<Map<Language, TSParser>> PARSERS = ThreadLocal.withInitial(HashMap::new);

    private Parsers() {
    }

    public static SyntaxTree parse(Language grammar, SourceText source) {
        return parse(grammar, source, null);
    }

    /** Parses again, reusing an earlier tree that was already edited to match the new text. */
    public static SyntaxTree parse(Language grammar, SourceText source, TSTree edited) {
        TSParser parser = PARSERS.get().computeIfAbsent(grammar, Language::newParser);
        TSTree tree = parser.parseString(edited, source.text());
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
