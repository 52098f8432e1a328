package dev.cgoguard.cli;

import dev.cgoguard.engine.AnalysisOptions;
import dev.cgoguard.engine.AnalysisResult;
import dev.cgoguard.engine.Analyzer;
import dev.cgoguard.engine.FixPolicy;
import dev.cgoguard.engine.TextEdits;
import dev.cgoguard.finding.FileEdit;
import dev.cgoguard.finding.Finding;
import dev.cgoguard.workspace.PathGate;
import dev.cgoguard.workspace.Workspace;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Applies the fixes the engine's {@link FixPolicy} chooses (each finding's preferred fix, those
 * that overlap an earlier one left for the next round) in memory, analyses again and repeats until
 * nothing changes (at most {@link #MAX_ROUNDS} rounds). Files are read whole from disk the first time a fix
 * touches them; nothing is written here.
 */
final class FixRounds {
    static final int MAX_ROUNDS = 5;

    /** One file the fixes change: its text as read from disk, its fixed text, and how many edits went in. */
    record FileChange(String path, String original, String fixed, int edits) {
    }

    /** The analysis of the fixed workspace, the changes, and the files that could not be fixed, with why. */
    record Outcome(AnalysisResult result, List<FileChange> changes, Map<String, String> refused) {
    }

    private final Analyzer analyzer;
    private final AnalysisOptions options;

    FixRounds(Analyzer analyzer, AnalysisOptions options) {
        this.analyzer = analyzer;
        this.options = options;
    }

    /** @param inScope the findings whose fixes may be applied (those of the files being linted) */
    Outcome run(Workspace start, AnalysisResult first, Predicate<Finding> inScope) {
        Workspace workspace = start;
        AnalysisResult result = first;
        Map<String, String> originals = new LinkedHashMap<>();
        Map<String, String> current = new LinkedHashMap<>();
        Map<String, Integer> editCounts = new LinkedHashMap<>();
        Map<String, String> refused = new LinkedHashMap<>();
        long version = System.nanoTime();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Map<String, List<FileEdit>> edits = FixPolicy.applicable(result.findings().stream().filter(inScope).toList())
                    .editsByPath();
            boolean changed = false;
            for (Map.Entry<String, List<FileEdit>> entry : edits.entrySet()) {
                String path = entry.getKey();
                if (refused.containsKey(path)) {
                    continue;
                }
                Optional<String> text = textOf(workspace, path, originals, current, refused);
                if (text.isEmpty()) {
                    continue;
                }
                TextEdits.Result applied = TextEdits.apply(text.get(), entry.getValue());
                if (applied.changed(text.get())) {
                    current.put(path, applied.text());
                    editCounts.merge(path, applied.applied(), Integer::sum);
                    workspace = workspace.withFile(path, applied.text(), ++version);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            result = analyzer.analyze(workspace, options);
        }
        List<FileChange> changes = new ArrayList<>();
        current.forEach((path, text) -> {
            if (!text.equals(originals.get(path))) {
                changes.add(new FileChange(path, originals.get(path), text, editCounts.getOrDefault(path, 0)));
            }
        });
        return new Outcome(result, changes, refused);
    }

    private static Optional<String> textOf(Workspace workspace, String path, Map<String, String> originals,
            Map<String, String> current, Map<String, String> refused) {
        String text = current.get(path);
        if (text != null) {
            return Optional.of(text);
        }
        try {
            String disk = DiskText.read(workspace.gate(), workspace.root().resolve(path));
            originals.put(path, disk);
            current.put(path, disk);
            return Optional.of(disk);
        } catch (PathGate.OutsideException e) {
            refused.put(path, "it leads to " + e.target() + ", outside the workspace");
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            refused.put(path, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return Optional.empty();
        }
    }
}
