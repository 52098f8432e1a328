package dev.cgoguard.grammars;

import org.treesitter.TSLanguage;
import org.treesitter.TSParser;

/** The languages cgoguard parses. Each hands out a ready tree-sitter language. */
public enum Grammar {
    GO,
    BASH,
    DOCKERFILE,
    MAKE;

    /** The tree-sitter language; loaded once and shared (languages are immutable). */
    public TSLanguage language() {
        return LanguageCache.get(this);
    }

    /** A new parser set to this language. Parsers are not thread-safe: use one per thread. */
    public TSParser newParser() {
        TSParser parser = new TSParser();
        if (!parser.setLanguage(language())) {
            throw new GrammarUnavailableException("tree-sitter refused the " + this + " grammar (ABI mismatch)");
        }
        return parser;
    }
}
