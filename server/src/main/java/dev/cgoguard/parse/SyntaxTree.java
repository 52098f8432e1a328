package dev.cgoguard.parse;

import dev.cgoguard.grammars.Language;
import dev.cgoguard.workspace.SourceText;
import dev.cgoguard.workspace.TextRange;
import org.treesitter.TSNode;
import org.treesitter.TSTree;

/** A tree-sitter tree with the text it was parsed from, and conversions from nodes to text and ranges. */
public final class SyntaxTree {
    private final Language grammar;
    private final SourceText source;
    private final TSTree tree;

    SyntaxTree(Language grammar, SourceText source, TSTree tree) {
        this.grammar = grammar;
        this.source = source;
        this.tree = tree;
    }

    public Language grammar() {
        return grammar;
    }

    public SourceText source() {
        return source;
    }

    public TSTree tree() {
        return tree;
    }

    public TSNode root() {
        return tree.getRootNode();
    }

    public int startOffset(TSNode node) {
        return source.charOffsetOfByte(node.getStartByte());
    }

    public int endOffset(TSNode node) {
        return source.charOffsetOfByte(node.getEndByte());
    }

    public String text(TSNode node) {
        return source.text().substring(startOffset(node), endOffset(node));
    }

    public TextRange range(TSNode node) {
        return source.range(startOffset(node), endOffset(node));
    }
}
