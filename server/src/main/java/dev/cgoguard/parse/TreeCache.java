package dev.cgoguard.parse;

import dev.cgoguard.cache.Identity;
import dev.cgoguard.grammars.Grammar;
import dev.cgoguard.workspace.WorkspaceFile;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the tree of each file version, so that a file is parsed once per version however many
 * evaluators and plans read it. A new version of a file is parsed from the tree of the version
 * before it (tree-sitter's incremental parse), which then gives way to it.
 */
public final class TreeCache {
    private record Entry(long version, Identity<Object> key, SyntaxTree tree) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    public SyntaxTree tree(WorkspaceFile file, Grammar grammar) {
        // the text object itself: a new text is a new version even if the stamp repeats
        Identity<Object> key = new Identity<>(file.text());
        Entry entry = entries.get(file.path());
        if (entry != null && entry.version == file.version() && entry.key.equals(key)) {
            return entry.tree;
        }
        SyntaxTree tree = entry != null && entry.tree.grammar() == grammar
                ? Parsers.reparse(entry.tree, file.text()) : Parsers.parse(grammar, file.text());
        entries.put(file.path(), new Entry(file.version(), key, tree));
        return tree;
    }

    public void forget(String path) {
        entries.remove(path);
    }

    public int size() {
        return entries.size();
    }
}
