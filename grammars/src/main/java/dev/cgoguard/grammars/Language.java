package dev.cgoguard.grammars;

import org.treesitter.TSLanguage;
import org.treesitter.TSParser;

/** A tree-sitter language cgoguard can parse with: it hands out the language and parsers set to it. */
public interface Language {
    /** The tree-sitter language; loaded once and shared (languages are immutable). */
    TSLanguage language();

    /** A new parser set to this language. Parsers are not thread-safe: use one per thread. */
    default TSParser newParser() {
        NativeLibraries.prepare();
        TSParser parser = new TSParser();
        if (!parser.setLanguage(language())) {
            throw new GrammarUnavailableException("tree-sitter refused the " + this + " grammar (ABI mismatch)");
        }
        return parser;
    }
}
