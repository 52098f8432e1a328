package dev.cgoguard.grammars;

import java.util.EnumMap;
import java.util.Map;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterBash;
import org.treesitter.TreeSitterGo;

/** Loads each language at most once per process. */
final class LanguageCache {
    private static final Map<Grammar, TSLanguage> LOADED = new EnumMap<>(Grammar.class);

    private LanguageCache() {
    }

    static synchronized TSLanguage get(Grammar grammar) {
        NativeLibraries.prepare();
        return LOADED.computeIfAbsent(grammar, LanguageCache::load);
    }

    private static TSLanguage load(Grammar grammar) {
        try {
            return switch (grammar) {
                case GO -> new TreeSitterGo();
                case BASH -> new TreeSitterBash();
            };
        } catch (RuntimeException | LinkageError e) {
            throw new GrammarUnavailableException("cannot load the " + grammar + " grammar: " + e.getMessage(), e);
        }
    }
}
