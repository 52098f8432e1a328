package dev.cgoguard.lsp;

import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.engine.AnalysisResult;
import dev.cgoguard.engine.Analyzer;
import dev.cgoguard.engine.IncrementalAnalyzer;
import dev.cgoguard.workspace.Workspace;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What the language server is built from: the analysis it runs (the core's {@link Analyzer} in
 * production), the summaries of the rules for hovers, and the debounce delay for bursts of edits.
 */
public record LanguageServerSetup(BiFunction<Workspace, AnalysisOptions, AnalysisResult> analysis,
        Function<String, Optional<String>> ruleSummaries, long debounceMillis) {

    public static final long DEFAULT_DEBOUNCE_MILLIS = 100;

    /**
     * The production setup: one {@link IncrementalAnalyzer} for the whole session, so parsed trees are
     * reused between runs and only the files an edit affects are planned again.
     */
    public static LanguageServerSetup production() {
        Analyzer analyzer = new Analyzer();
        IncrementalAnalyzer incremental = new IncrementalAnalyzer(analyzer);
        return new LanguageServerSetup(incremental::analyze,
                id -> analyzer.rules().find(id).map(rule -> rule.info().summary()), DEFAULT_DEBOUNCE_MILLIS);
    }
}
