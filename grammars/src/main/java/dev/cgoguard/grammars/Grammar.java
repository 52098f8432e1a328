package dev.cgoguard.grammars;

import org.treesitter.TSLanguage;

/**
 * The languages cgoguard's analysis parses with tree-sitter: Go headers and shell scripts. Makefiles
 * and Dockerfiles are read by cgoguard's own readers, which follow GNU make and BuildKit; their
 * tree-sitter grammars serve only the tests that compare those readers with them.
 */
public enum Grammar implements Language {
    GO,
    BASH;

    @Override
    public TSLanguage language() {
        return LanguageCache.get(this);
    }
}
