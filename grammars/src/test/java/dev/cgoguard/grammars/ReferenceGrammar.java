package dev.cgoguard.grammars;

import java.util.EnumMap;
import java.util.Map;
import org.treesitter.TSLanguage;
import org.treesitter.TreeSitterDockerfile;

/**
 * The tree-sitter grammars of Makefiles and Dockerfiles, for tests only: they compare cgoguard's own
 * readers with them and check that a fixed file still parses. The product does not use them, so its
 * build needs neither npm nor a C compiler; the Make grammar is compiled from its npm package when
 * the tests are built ({@code build/make-grammar.sh}), the Dockerfile grammar comes from Maven.
 */
public enum ReferenceGrammar implements Language {
    MAKE,
    DOCKERFILE;

    private static final Map<ReferenceGrammar, TSLanguage> LOADED = new EnumMap<>(ReferenceGrammar.class);

    @Override
    public TSLanguage language() {
        NativeLibraries.prepare();
        synchronized (LOADED) {
            return LOADED.computeIfAbsent(this, ReferenceGrammar::load);
        }
    }

    private static TSLanguage load(ReferenceGrammar grammar) {
        try {
            return switch (grammar) {
                case MAKE -> TSLanguage.load(MakeGrammarLibrary.extract().toString(), "tree_sitter_make");
                case DOCKERFILE -> new TreeSitterDockerfile();
            };
        } catch (GrammarUnavailableException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw new GrammarUnavailableException("cannot load the " + grammar + " grammar: " + e.getMessage(), e);
        }
    }
}
